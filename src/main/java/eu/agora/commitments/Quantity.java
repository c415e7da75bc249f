package eu.agora.commitments;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * A measured value with its unit and the year it refers to, e.g. 40 % CO2e by 2030.
 */
record Quantity(BigDecimal value, String unit, @Nullable Integer year) {

	@Override
	public String toString() {
		String number = value.stripTrailingZeros().toPlainString();
		String amount = unit.startsWith("%") ? number + " " + unit : number + " " + unit;
		return (year == null) ? amount : amount + " (" + year + ")";
	}

}
