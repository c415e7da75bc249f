package eu.agora.conversation.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import eu.agora.conversation.Dates;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Converts an option's text to its typed value.
 */
final class ValueConverter {

	private static final Set<String> YES = Set.of("yes", "true", "on", "y");

	private static final Set<String> NO = Set.of("no", "false", "off", "n");

	/** A percent sign after a whole number: {@code progress:45%} means 45. */
	private static final Pattern PERCENT = Pattern.compile("\\s*%$");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendPattern("[' ']['T']HH:mm")
		.toFormatter(Locale.ROOT);

	Object convert(OptionSpec option, String text) {
		if (option.type() == OptionType.DATE) {
			try {
				return Dates.parse(text);
			}
			catch (IllegalArgumentException ex) {
				throw new UserError("`" + option.name() + "` " + ex.getMessage() + ".");
			}
		}
		try {
			return switch (option.type()) {
				case STRING, TEXT -> text;
				case INTEGER -> Long.parseLong(PERCENT.matcher(text).replaceFirst(""));
				case NUMBER -> new BigDecimal(text.replace(',', '.'));
				case BOOLEAN, FLAG -> bool(text);
				case DATE -> Dates.parse(text);
				case DATE_TIME -> LocalDateTime.parse(text, DATE_TIME);
				case ZONE -> zone(text);
				case CHOICE -> choice(option, text);
				case ATTACHMENT -> throw new IllegalStateException("Files are bound by OptionBinder: " + option.name());
			};
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new UserError("`" + option.name() + "` must be " + expected(option) + "; got `" + text + "`."
					+ suggestion(option, text));
		}
	}

	private static Boolean bool(String text) {
		String word = text.toLowerCase(Locale.ROOT);
		if (YES.contains(word)) {
			return Boolean.TRUE;
		}
		if (NO.contains(word)) {
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException(text);
	}

	private static ZoneId zone(String text) {
		return ZoneId.getAvailableZoneIds()
			.stream()
			.filter((id) -> id.equalsIgnoreCase(text))
			.findFirst()
			.map(ZoneId::of)
			.orElseThrow(() -> new IllegalArgumentException(text));
	}

	/**
	 * The choice meant, whatever its case and however its words are joined: {@code "in
	 * progress"}, {@code In-Progress} and {@code in_progress} all mean
	 * {@code in-progress}.
	 */
	private static String choice(OptionSpec option, String text) {
		String typed = folded(text);
		return option.choices()
			.stream()
			.filter((choice) -> folded(choice).equals(typed))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(text));
	}

	/** " Did you mean `status:achieved`?" for a likely word or a near miss, else "". */
	private static String suggestion(OptionSpec option, String text) {
		if (option.type() != OptionType.CHOICE) {
			return "";
		}
		String meant = option.likely().get(folded(text));
		if (meant != null) {
			return " Did you mean `" + option.name() + ":" + meant + "`?";
		}
		String near = Suggestions.didYouMean(text, option.choices(), option.name() + ":");
		return near.isEmpty() ? "" : " " + near;
	}

	private static String folded(String text) {
		return SEPARATORS.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll("-");
	}

	private static String expected(OptionSpec option) {
		return switch (option.type()) {
			case CHOICE -> "one of " + String.join(", ", option.choices());
			default -> option.type().expected();
		};
	}

}
