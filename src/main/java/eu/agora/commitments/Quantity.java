package eu.agora.commitments;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.PersistenceCreator;

/**
 * A measured value with its unit and the year it refers to, e.g. 40 % CO2e by 2030, 100 %
 * electric buses by 2030, 5000 heat pumps by 2030 or -55 % CO2e.
 *
 * @param unit a known unit ({@code % CO2e}, {@code MWh}), a share of something named
 * ({@code % electric buses}) or the things counted ({@code heat pumps})
 * @param measure what the value measures; derived from value and unit for quantities
 * stored before it was kept
 */
record Quantity(BigDecimal value, String unit, @Nullable Integer year, Measure measure) {

	@PersistenceCreator
	Quantity {
		if (measure == null) {
			measure = Measure.of(value, unit, Quantities.isCounted(unit));
		}
	}

	Quantity(BigDecimal value, String unit, @Nullable Integer year) {
		this(value, unit, year, Measure.of(value, unit, Quantities.isCounted(unit)));
	}

	@Override
	public String toString() {
		String amount = value.stripTrailingZeros().toPlainString() + " " + unit;
		return (year == null) ? amount : amount + " (" + year + ")";
	}

}
