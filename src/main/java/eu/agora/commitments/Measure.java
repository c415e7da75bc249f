package eu.agora.commitments;

import java.math.BigDecimal;

/**
 * What a target or baseline measures, read from its number and unit.
 */
enum Measure {

	/** A percentage: of emissions ({@code 40 % CO2e}) or of something named. */
	SHARE,

	/** How many of something named: {@code 5000 heat pumps}. */
	COUNT,

	/** A fall, written with a minus: {@code -55 % CO2e}. */
	REDUCTION,

	/** An amount in a unit of measure: {@code 1,200 MWh}, {@code 40 km}. */
	AMOUNT;

	/**
	 * @param counted whether the unit names things counted rather than a unit of measure
	 */
	static Measure of(BigDecimal value, String unit, boolean counted) {
		if (value.signum() < 0) {
			return REDUCTION;
		}
		if (unit.startsWith("%")) {
			return SHARE;
		}
		return counted ? COUNT : AMOUNT;
	}

}
