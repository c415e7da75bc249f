package eu.agora.conversation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A top-level command of the catalog, e.g. {@code /city}, with its subcommands.
 */
public record CommandSpec(String name, String description, List<SubcommandSpec> subcommands) {

	public CommandSpec {
		Objects.requireNonNull(description, "description");
		subcommands = List.copyOf(subcommands);
		if (!name.matches("[a-z][a-z0-9-]{0,31}")) {
			throw new IllegalArgumentException("Command names are lower-case words: " + name);
		}
		if (subcommands.isEmpty()) {
			throw new IllegalArgumentException("Command without subcommands: " + name);
		}
		boolean root = subcommands.stream().anyMatch((sub) -> sub.name().isEmpty());
		if (root && subcommands.size() > 1) {
			throw new IllegalArgumentException("A command either has subcommands or is one action: " + name);
		}
	}

	/** A command that is one action, without subcommands (e.g. {@code /help}). */
	public static CommandSpec single(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new CommandSpec(name, description,
				List.of(new SubcommandSpec("", description, options, access, handler)));
	}

	public boolean hasSubcommands() {
		return !subcommands.get(0).name().isEmpty();
	}

	public Optional<SubcommandSpec> subcommand(String subName) {
		return subcommands.stream().filter((sub) -> sub.name().equals(subName)).findFirst();
	}

}
