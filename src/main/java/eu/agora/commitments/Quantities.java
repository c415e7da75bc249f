package eu.agora.commitments;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads targets and baselines as people write them — {@code 40 % CO2e by 2030},
 * {@code 1,200 kt CO2e in 2019}, {@code 500 charging points by 2028} — into a
 * {@link Quantity}. Units are either known measures (percentages, emissions, energy,
 * power, distance, area, with their usual spellings) or a count of things named in words.
 */
final class Quantities {

	private static final Pattern QUANTITY = Pattern.compile(
			"^([+-]?[0-9][0-9,. ]*)\\s*(.*?)(?:\\s*\\b(?:by|in|until|for)\\s+(\\d{4}))?$", Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> UNITS = Map.ofEntries(Map.entry("%", "%"), Map.entry("percent", "%"),
			Map.entry("% co2e", "% CO2e"), Map.entry("% co2", "% CO2e"), Map.entry("% ghg", "% CO2e"),
			Map.entry("t co2e", "t CO2e"), Map.entry("tco2e", "t CO2e"), Map.entry("t co2", "t CO2e"),
			Map.entry("kt co2e", "kt CO2e"), Map.entry("ktco2e", "kt CO2e"), Map.entry("kt co2", "kt CO2e"),
			Map.entry("mt co2e", "Mt CO2e"), Map.entry("mtco2e", "Mt CO2e"), Map.entry("kwh", "kWh"),
			Map.entry("mwh", "MWh"), Map.entry("gwh", "GWh"), Map.entry("twh", "TWh"), Map.entry("kw", "kW"),
			Map.entry("mw", "MW"), Map.entry("gw", "GW"), Map.entry("kwp", "kWp"), Map.entry("mwp", "MWp"),
			Map.entry("km", "km"), Map.entry("m", "m"), Map.entry("m2", "m²"), Map.entry("m²", "m²"),
			Map.entry("ha", "ha"), Map.entry("km2", "km²"), Map.entry("km²", "km²"), Map.entry("t", "t"),
			Map.entry("kt", "kt"), Map.entry("m3", "m³"), Map.entry("m³", "m³"), Map.entry("mwh/year", "MWh/year"),
			Map.entry("gwh/year", "GWh/year"), Map.entry("t co2e/year", "t CO2e/year"),
			Map.entry("kt co2e/year", "kt CO2e/year"));

	private static final Pattern COUNTED_THINGS = Pattern.compile("\\p{L}[\\p{L} -]{0,39}");

	private Quantities() {
	}

	/**
	 * @param field the option's name, for messages
	 * @param yearRequired whether the year must be given
	 * @throws FieldProblem naming {@code field}
	 */
	static Quantity parse(String field, String text, boolean yearRequired) {
		Matcher matcher = QUANTITY.matcher(text.strip());
		if (!matcher.matches()) {
			throw new FieldProblem(field, "must start with a number, e.g. `40 % CO2e by 2030`; got `" + text + "`");
		}
		BigDecimal value = Numbers.parse(field, matcher.group(1));
		String unit = unit(field, matcher.group(2));
		Integer year = Optional.ofNullable(matcher.group(3)).map(Integer::valueOf).orElse(null);
		if (year == null && yearRequired) {
			throw new FieldProblem(field, "needs its year, e.g. `1,200 kt CO2e in 2019`");
		}
		if (year != null && (year < 1990 || year > 2100)) {
			throw new FieldProblem(field, "year must be between 1990 and 2100; got " + year);
		}
		return new Quantity(value, unit, year);
	}

	private static String unit(String field, String typed) {
		String unit = typed.strip().replaceAll("\\s+", " ");
		if (unit.isEmpty()) {
			throw new FieldProblem(field,
					"needs a unit after the number, e.g. `%`, `t CO2e`, `MWh` or `charging points`");
		}
		String known = UNITS.get(unit.toLowerCase(Locale.ROOT).replace("₂", "2"));
		if (known != null) {
			return known;
		}
		if (COUNTED_THINGS.matcher(unit).matches()) {
			return unit;
		}
		throw new FieldProblem(field, "has a unit I can't read: `" + unit
				+ "`; use %, % CO2e, t CO2e, kt CO2e, kWh, MWh, GWh, MW, km, m², ha or a count such as `charging points`");
	}

}
