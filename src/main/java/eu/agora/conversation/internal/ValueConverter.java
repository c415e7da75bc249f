package eu.agora.conversation.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.UserError;

/**
 * Converts an option's text to its typed value.
 */
final class ValueConverter {

	private static final Set<String> YES = Set.of("yes", "true", "on", "y");

	private static final Set<String> NO = Set.of("no", "false", "off", "n");

	private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]+");

	private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
		.append(DateTimeFormatter.ISO_LOCAL_DATE)
		.appendPattern("[' ']['T']HH:mm")
		.toFormatter(Locale.ROOT);

	Object convert(OptionSpec option, String text) {
		try {
			return switch (option.type()) {
				case STRING, TEXT -> text;
				case INTEGER -> Long.parseLong(text);
				case NUMBER -> new BigDecimal(text.replace(',', '.'));
				case BOOLEAN, FLAG -> bool(text);
				case DATE -> LocalDate.parse(text);
				case DATE_TIME -> LocalDateTime.parse(text, DATE_TIME);
				case ZONE -> zone(text);
				case CHOICE -> choice(option, text);
				case ATTACHMENT -> throw new IllegalStateException("Files are bound by OptionBinder: " + option.name());
			};
		}
		catch (DateTimeException | IllegalArgumentException ex) {
			throw new UserError("`" + option.name() + "` must be " + expected(option) + "; got `" + text + "`.");
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
