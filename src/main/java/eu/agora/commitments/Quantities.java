package eu.agora.commitments;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads targets and baselines as people write them — {@code 40 % CO2e by 2030},
 * {@code 1,200 kt CO2e in 2019}, {@code 500 charging points by 2028} — into a
 * {@link Quantity}. Units are either known measures (percentages, emissions, energy,
 * power, distance, area, with their usual spellings), a share of something named
 * ({@code 100 % electric buses by 2030}) or a count of things named in words. A verb may
 * come first ({@code plant 10000 trees by 2028}); one that means a fall ({@code cut CO2e
 * by 55 %}) makes the value a reduction.
 */
final class Quantities {

	private static final Pattern QUANTITY = Pattern.compile(
			"^(?:(\\p{L}[\\p{L}0-9 ]{0,60}?)\\s+)?([+\\-\u2212]?[0-9][0-9,. ]*)\\s*(.*?)(?:\\s*\\b(?:by|in|until|for|before)\\s+(\\d{4}))?$",
			Pattern.CASE_INSENSITIVE);

	/** Words before the number that make the target a fall: {@code cut CO2e by 55 %}. */
	private static final Pattern FALLING = Pattern.compile(
			"^(?:reduce|reducing|cut|cutting|lower|decrease|halve)\\b\\s*(.*?)\\s*(?:\\bby)?$",
			Pattern.CASE_INSENSITIVE);

	/** Forms that work, for every reply about a quantity that can't be read. */
	static final String FORMS = "`40 % CO2e by 2030`, `-55 % CO2e by 2030`, `100 % electric buses by 2030`, `5000 heat pumps by 2030` or `1,200 MWh in 2019`";

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
			throw new FieldProblem(field, "must have a number, as in " + FORMS + "; got `" + text + "`");
		}
		BigDecimal value = Numbers.parse(field, matcher.group(2).replace('\u2212', '-'));
		String typedUnit = matcher.group(3);
		String leading = matcher.group(1);
		if (leading != null) {
			Matcher falling = FALLING.matcher(leading.strip());
			if (falling.matches()) {
				value = value.abs().negate();
				typedUnit = typedUnit.strip().startsWith("%") && typedUnit.strip().length() == 1
						&& !falling.group(1).isEmpty() ? "% " + falling.group(1) : typedUnit;
			}
		}
		String unit = unit(field, typedUnit);
		Integer year = Optional.ofNullable(matcher.group(4)).map(Integer::valueOf).orElse(null);
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
			throw new FieldProblem(field, "needs a unit after the number, as in " + FORMS);
		}
		String known = known(unit);
		if (known != null) {
			return known;
		}
		String share = unit.replaceFirst("^(?i)(%|percent|per cent)\\s*", "");
		if (!share.equals(unit) && COUNTED_THINGS.matcher(share).matches()) {
			return "% " + share;
		}
		if (COUNTED_THINGS.matcher(unit).matches()) {
			return unit;
		}
		throw new FieldProblem(field, "has a unit I can't read: `" + unit
				+ "`; use %, % CO2e, t CO2e, kt CO2e, kWh, MWh, GWh, MW, km, m², ha, a share such as `% electric buses`"
				+ " or a count such as `charging points`, as in " + FORMS);
	}

	private static @Nullable String known(String unit) {
		return UNITS.get(unit.toLowerCase(Locale.ROOT).replace("₂", "2"));
	}

	/**
	 * Whether {@code unit} names things counted rather than a unit of measure or a share.
	 */
	static boolean isCounted(String unit) {
		return !unit.startsWith("%") && !UNITS.containsValue(unit);
	}

}
