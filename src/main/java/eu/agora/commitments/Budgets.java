package eu.agora.commitments;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads budgets — {@code 2.5 million EUR from ERDF}, {@code €120,000 (city budget)},
 * {@code PLN 3m from the national recovery plan} — into a {@link Budget}.
 */
final class Budgets {

	private static final Pattern BUDGET = Pattern.compile(
			"^(?:(?<pre>[A-Za-z]{3}|[€£$])\\s*)?(?<number>[0-9][0-9,. ]*?)\\s*(?<scale>k|thousand|m|mn|million|bn|billion)?\\s*(?<post>[A-Za-z]{3}|[€£$]|zł)?\\s*(?:(?:from\\s+(?<from>.+))|(?:\\((?<paren>[^)]+)\\)))?$",
			Pattern.CASE_INSENSITIVE);

	private static final Map<String, String> SYMBOLS = Map.of("€", "EUR", "£", "GBP", "$", "USD", "zł", "PLN");

	private static final Map<String, BigDecimal> SCALES = Map.of("k", BigDecimal.valueOf(1_000), "thousand",
			BigDecimal.valueOf(1_000), "m", BigDecimal.valueOf(1_000_000), "mn", BigDecimal.valueOf(1_000_000),
			"million", BigDecimal.valueOf(1_000_000), "bn", BigDecimal.valueOf(1_000_000_000), "billion",
			BigDecimal.valueOf(1_000_000_000));

	private Budgets() {
	}

	/** The largest budget a commitment can have: a trillion, in any currency. */
	static final BigDecimal LARGEST = BigDecimal.TEN.pow(12);

	static Budget parse(String field, String text) {
		Matcher matcher = BUDGET.matcher(text.strip());
		if (!matcher.matches()) {
			throw new FieldProblem(field,
					"must be an amount and a currency, e.g. `2.5 million EUR from ERDF`; got `" + text.strip() + "`");
		}
		BigDecimal amount = Numbers.parse(field, matcher.group("number"));
		String scale = matcher.group("scale");
		if (scale != null) {
			amount = amount.multiply(SCALES.get(scale.toLowerCase(Locale.ROOT)));
		}
		if (amount.compareTo(LARGEST) > 0) {
			throw new FieldProblem(field, "is more than a trillion (" + amount.toEngineeringString()
					+ "); a city commitment's budget is far smaller — check the number and its scale");
		}
		String currency = currency(field, matcher.group("pre"), matcher.group("post"));
		String from = (matcher.group("from") != null) ? matcher.group("from") : matcher.group("paren");
		return new Budget(amount, currency, (from == null) ? null : from.strip());
	}

	private static String currency(String field, String before, String after) {
		if (before != null && after != null) {
			throw new FieldProblem(field, "names two currencies; give one, e.g. `120000 EUR`");
		}
		String typed = (before != null) ? before : after;
		if (typed == null) {
			throw new FieldProblem(field, "needs a currency, e.g. `2.5 million EUR` or `€120,000`");
		}
		String code = SYMBOLS.getOrDefault(typed.toLowerCase(Locale.ROOT), typed.toUpperCase(Locale.ROOT));
		try {
			return Currency.getInstance(code).getCurrencyCode();
		}
		catch (IllegalArgumentException ex) {
			throw new FieldProblem(field,
					"has an unknown currency `" + typed + "`; use an ISO code such as EUR, PLN or SEK");
		}
	}

}
