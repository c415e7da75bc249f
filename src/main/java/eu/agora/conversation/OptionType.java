package eu.agora.conversation;

/**
 * The type of a command option; decides parsing, the error for a malformed value and how
 * platforms present the option.
 */
public enum OptionType {

	/** One word or a quoted value. */
	STRING("text"),
	/** Free text: as a positional option it takes the rest of the line. */
	TEXT("text"),
	/** A whole number. */
	INTEGER("a whole number, e.g. 42"),
	/** A decimal number. */
	NUMBER("a number, e.g. 12.5"),
	/** yes/no, true/false. */
	BOOLEAN("yes or no"),
	/** A bare word that switches something on, e.g. {@code overdue}. */
	FLAG("the word itself"),
	/** A calendar date. */
	DATE("a date as YYYY-MM-DD, e.g. 2030-12-31"),
	/** A date and time of day. */
	DATE_TIME("a date and time as YYYY-MM-DDTHH:MM, e.g. 2026-03-05T14:00"),
	/** An IANA time zone. */
	ZONE("a time zone such as Europe/Warsaw"),
	/** One of a fixed list of choices. */
	CHOICE("one of the listed choices"),
	/**
	 * A file: attached on Discord, a local path in the shell. Handlers read it with
	 * {@link Options#file(String)} and fetch it through {@link Downloads}.
	 */
	ATTACHMENT("a file");

	private final String expected;

	OptionType(String expected) {
		this.expected = expected;
	}

	/** How a valid value looks, for error messages. */
	public String expected() {
		return expected;
	}

}
