package eu.agora.conversation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A subcommand: its name (one word, or two for a group such as {@code round open}; empty
 * for a command without subcommands), options, who may run it and the handler.
 */
public record SubcommandSpec(String name, String description, List<OptionSpec> options, Access access,
		CommandHandler handler) {

	public SubcommandSpec {
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(access, "access");
		Objects.requireNonNull(handler, "handler");
		options = List.copyOf(options);
		if (!name.isEmpty() && !name.matches("[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)?")) {
			throw new IllegalArgumentException("Subcommand names are one or two lower-case words: " + name);
		}
		long distinct = options.stream().map(OptionSpec::name).distinct().count();
		if (distinct != options.size()) {
			throw new IllegalArgumentException("Duplicate option in subcommand " + name);
		}
	}

	public List<String> path() {
		return name.isEmpty() ? List.of() : List.of(name.split(" "));
	}

	/** The usage line, e.g. {@code /city list [country:<country>]}. */
	public String usage(String command) {
		String head = name.isEmpty() ? "/" + command : "/" + command + " " + name;
		String args = options.stream().map(OptionSpec::usage).collect(Collectors.joining(" "));
		return args.isEmpty() ? head : head + " " + args;
	}

}
