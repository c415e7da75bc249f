package eu.agora.conversation.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * {@code /help} and {@code /help <command>}, generated from the catalog.
 */
public final class HelpText {

	private final CommandCatalog catalog;

	public HelpText(CommandCatalog catalog) {
		this.catalog = catalog;
	}

	public Reply reply(Caller caller, Optional<String> command) {
		return command.map((name) -> name.replaceFirst("^/", "").toLowerCase(Locale.ROOT))
			.map((name) -> one(caller, name))
			.orElseGet(this::all);
	}

	private Reply all() {
		String lines = catalog.commands()
			.stream()
			.map((spec) -> "- `/" + spec.name() + "` — " + spec.description() + subcommandNames(spec))
			.collect(Collectors.joining("\n"));
		return Reply.of(new Element.Section("Agora commands", lines, List.of()),
				new Element.Text("Type `/help <command>` for its options, e.g. `/help city`."));
	}

	private Reply one(Caller caller, String name) {
		CommandSpec spec = catalog.command(name)
			.orElseThrow(
					() -> new UserError(
							"There is no command `/" + name + "`. "
									+ Suggestions.didYouMean(name,
											catalog.commands().stream().map(CommandSpec::name).toList(), "/"),
							"Type `/help` for the list of commands."));
		String lines = spec.subcommands()
			.stream()
			.map((sub) -> "- `" + sub.usage(spec.name()) + "` — " + sub.description() + who(sub, caller))
			.collect(Collectors.joining("\n"));
		return Reply.of(new Element.Section("/" + spec.name() + " — " + spec.description(), lines, List.of()));
	}

	private static String subcommandNames(CommandSpec spec) {
		if (!spec.hasSubcommands()) {
			return "";
		}
		return " (" + spec.subcommands().stream().map(SubcommandSpec::name).collect(Collectors.joining(", ")) + ")";
	}

	private static String who(SubcommandSpec sub, Caller caller) {
		if (sub.access().isOpenToEveryone()) {
			return "";
		}
		String mark = sub.access().allows(caller) ? "" : ", not open to you yet";
		return " _(" + sub.access().describe() + mark + ")_";
	}

}
