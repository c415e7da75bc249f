package eu.agora.conversation;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One option of a subcommand.
 *
 * @param name option name, lower case, used as {@code name:value}
 * @param type how the value is parsed
 * @param required whether the command needs it
 * @param positional whether it may also be given without its name, in declaration order
 * @param description one line for help and platform registration
 * @param choices allowed values of a {@link OptionType#CHOICE} option
 * @param needed whether the handler refuses to run without it although the parser lets it
 * be missing (so that, e.g., the bare command opens a form); help shows it as required
 * @param likely words people type for a choice, each with the choice they probably mean
 * (e.g. {@code done} for {@code achieved}); suggested in the reply, never applied
 */
public record OptionSpec(String name, OptionType type, boolean required, boolean positional, String description,
		List<String> choices, boolean needed, Map<String, String> likely) {

	public OptionSpec(String name, OptionType type, boolean required, boolean positional, String description,
			List<String> choices) {
		this(name, type, required, positional, description, choices, false);
	}

	public OptionSpec(String name, OptionType type, boolean required, boolean positional, String description,
			List<String> choices, boolean needed) {
		this(name, type, required, positional, description, choices, needed, Map.of());
	}

	public OptionSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(type, "type");
		choices = List.copyOf(choices);
		likely = Map.copyOf(likely);
		if (!name.matches("[a-z][a-z0-9-]*")) {
			throw new IllegalArgumentException("Option names are lower-case words: " + name);
		}
		if (type == OptionType.CHOICE && choices.isEmpty()) {
			throw new IllegalArgumentException("Choice option without choices: " + name);
		}
	}

	/** A required option that may be given by position. */
	public static OptionSpec argument(String name, OptionType type, String description) {
		return new OptionSpec(name, type, true, true, description, List.of());
	}

	/** An optional option that may be given by position. */
	public static OptionSpec optionalArgument(String name, OptionType type, String description) {
		return new OptionSpec(name, type, false, true, description, List.of());
	}

	/** A required named option ({@code name:value}). */
	public static OptionSpec required(String name, OptionType type, String description) {
		return new OptionSpec(name, type, true, false, description, List.of());
	}

	/** An optional named option ({@code name:value}). */
	public static OptionSpec optional(String name, OptionType type, String description) {
		return new OptionSpec(name, type, false, false, description, List.of());
	}

	/**
	 * A named option the handler needs, though the parser lets it be missing: help shows
	 * it as required.
	 */
	public static OptionSpec needed(String name, OptionType type, String description) {
		return new OptionSpec(name, type, false, false, description, List.of(), true);
	}

	/** An option by position that the handler needs (see {@link #needed}). */
	public static OptionSpec neededArgument(String name, OptionType type, String description) {
		return new OptionSpec(name, type, false, true, description, List.of(), true);
	}

	/** This option, shown as required in help (see {@link #needed}). */
	public OptionSpec asNeeded() {
		return new OptionSpec(name, type, required, positional, description, choices, true, likely);
	}

	/**
	 * This choice, suggesting a choice when one of {@code words} is typed (see
	 * {@link #likely}).
	 */
	public OptionSpec suggesting(Map<String, String> words) {
		return new OptionSpec(name, type, required, positional, description, choices, needed, words);
	}

	/** A named option that takes one of {@code choices}. */
	public static OptionSpec choice(String name, boolean required, String description, List<String> choices) {
		return new OptionSpec(name, OptionType.CHOICE, required, false, description, choices);
	}

	/** A bare word such as {@code overdue}. */
	public static OptionSpec flag(String name, String description) {
		return new OptionSpec(name, OptionType.FLAG, false, false, description, List.of());
	}

	/**
	 * How the option is written in a usage line, e.g. {@code <name>} or
	 * {@code [country:XX]}.
	 */
	public String usage() {
		String shown = switch (type) {
			case FLAG -> name;
			case CHOICE -> positional ? "<" + String.join("|", choices) + ">" : name + ":" + String.join("|", choices);
			case ATTACHMENT -> positional ? "<" + name + ">" : name + ":<attachment>";
			default -> positional ? "<" + name + ">" : name + ":<" + name + ">";
		};
		return (required || needed) ? shown : "[" + shown + "]";
	}

}
