package eu.agora.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.agora.conversation.internal.CommandLine;
import eu.agora.conversation.internal.CommandLineParser;
import eu.agora.conversation.internal.Incidents;
import eu.agora.conversation.internal.OptionBinder;
import eu.agora.conversation.internal.Token;

/**
 * The router every adapter hands its {@link Inbound}s to: it parses, finds the handler in
 * the catalog, checks the caller's role, binds the options and runs the handler. Bad
 * input comes back as an error {@link Reply}; an unexpected failure as a short message
 * with an incident id that is also in the log — never a stack trace.
 */
public class Conversation {

	private final CommandCatalog catalog;

	private final Callers callers;

	private final int maxInputLength;

	private final RoutingDownloads downloads;

	private final CommandLineParser parser = new CommandLineParser();

	private final OptionBinder binder = new OptionBinder();

	private final Incidents incidents = new Incidents();

	/** A router on which no platform takes files typed as text. */
	public Conversation(CommandCatalog catalog, Callers callers, int maxInputLength) {
		this(catalog, callers, maxInputLength, RoutingDownloads.none());
	}

	Conversation(CommandCatalog catalog, Callers callers, int maxInputLength, RoutingDownloads downloads) {
		this.catalog = catalog;
		this.callers = callers;
		this.maxInputLength = maxInputLength;
		this.downloads = downloads;
	}

	public CommandCatalog catalog() {
		return catalog;
	}

	public Reply handle(Inbound inbound) {
		try {
			return switch (inbound.input()) {
				case Input.CommandText text -> command(inbound, parseText(text.text()), Map.of());
				case Input.CommandParts parts -> command(inbound, fromParts(parts), parts.files());
				case Input.Message message -> message(message);
				case Input.Action action -> action(inbound, action);
				case Input.FormSubmission form -> form(inbound, form);
			};
		}
		catch (UserError error) {
			return error.toReply();
		}
		catch (RuntimeException failure) {
			String incident = incidents.report(failure, inbound);
			return Reply.error("Sorry, something went wrong on our side (incident " + incident + ").",
					"Nothing was changed by the failed step. Try again; if it keeps failing, tell an admin the incident id.");
		}
	}

	private CommandLine parseText(String text) {
		checkLength(text);
		return parser.parse(text);
	}

	private Reply command(Inbound inbound, CommandLine line, Map<String, FileRef> files) {
		CommandSpec spec = catalog.command(line.command())
			.orElseThrow(() -> new UserError(
					"I don't know the command `/" + line.command() + "`. "
							+ Suggestions.didYouMean(line.command(),
									catalog.commands().stream().map(CommandSpec::name).toList(), "/"),
					"Type `/help` for the list of commands."));
		List<Token> tokens = line.tokens();
		SubcommandSpec sub = spec.hasSubcommands() ? subcommand(spec, tokens) : spec.subcommands().get(0);
		List<Token> rest = tokens.subList(sub.path().size(), tokens.size());
		Caller caller = callers.identify(inbound.sender());
		if (!sub.access().allows(caller)) {
			throw notAllowed(spec, sub, caller);
		}
		List<MessageActionSpec> fileActions = catalog.fileActionsFor(spec.name(), sub.name());
		Options options = binder.bind(spec.name(), sub, rest, files,
				(text) -> downloads.fromText(inbound.platform(), text, fileActions));
		return sub.handler().handle(new CommandCall(caller, inbound, options));
	}

	private SubcommandSpec subcommand(CommandSpec spec, List<Token> tokens) {
		List<String> names = spec.subcommands().stream().map(SubcommandSpec::name).toList();
		String choices = String.join(", ", names);
		if (tokens.isEmpty() || !tokens.get(0).isBareWord()) {
			throw new UserError("`/" + spec.name() + "` needs one of: " + choices + ".",
					"Type `/help " + spec.name() + "` to see how to use each.");
		}
		String first = tokens.get(0).value().toLowerCase(java.util.Locale.ROOT);
		if (tokens.size() > 1 && tokens.get(1).isBareWord()) {
			String two = first + " " + tokens.get(1).value().toLowerCase(java.util.Locale.ROOT);
			Optional<SubcommandSpec> group = spec.subcommand(two);
			if (group.isPresent()) {
				return group.get();
			}
		}
		return spec.subcommand(first)
			.orElseThrow(() -> new UserError(
					"`/" + spec.name() + "` has no subcommand `" + first + "`. "
							+ Suggestions.didYouMean(first, names, "/" + spec.name() + " "),
					"It has: " + choices + ". Type `/help " + spec.name() + "` for details."));
	}

	private CommandLine fromParts(Input.CommandParts parts) {
		List<Token> tokens = new java.util.ArrayList<>();
		parts.path().forEach((word) -> tokens.add(new Token(null, word, false)));
		for (Map.Entry<String, String> option : parts.options().entrySet()) {
			checkLength(option.getValue());
			tokens.add(new Token(option.getKey(), option.getValue(), true));
		}
		return new CommandLine(parts.command(), tokens);
	}

	private Reply message(Input.Message message) {
		checkLength(message.text());
		return Reply.text("I answer commands: they start with `/`. Type `/help` to see them.");
	}

	private Reply action(Inbound inbound, Input.Action action) {
		Optional<MessageActionSpec> onMessage = catalog.messageAction(action.actionId());
		if (onMessage.isPresent()) {
			return messageAction(inbound, action, onMessage.get());
		}
		CommandHandler handler = catalog.action(action.actionId())
			.orElseThrow(() -> new UserError("That button (`" + action.actionId() + "`) is no longer supported.",
					"Run the command again to get a fresh message."));
		Map<String, String> values = new java.util.HashMap<>();
		values.put("value", (action.value() != null) ? action.value() : "");
		if (action.message() != null) {
			values.put("message", action.message());
		}
		return handler.handle(new CommandCall(callers.identify(inbound.sender()), inbound, new Options(values)));
	}

	private Reply messageAction(Inbound inbound, Input.Action action, MessageActionSpec spec) {
		String message = (action.message() != null) ? action.message() : "";
		checkLength(message);
		Caller caller = callers.identify(inbound.sender());
		if (!spec.access().allows(caller)) {
			throw new UserError("\"" + spec.name() + "\" is for " + spec.access().describe() + ".",
					"Register first with `/city register <city>`, or ask an admin for the role.");
		}
		if (spec.takesFiles() && action.files().isEmpty()) {
			throw new UserError("\"" + spec.name() + "\" works on a message with a file, and this one has none.",
					"Attach the file to a message, then use \"" + spec.name() + "\" on that message.");
		}
		Map<String, Object> values = new java.util.LinkedHashMap<>();
		values.put("message", message);
		if (!action.files().isEmpty()) {
			values.put("file", action.files().get(0));
			values.put("files", action.files());
		}
		return spec.handler().handle(new CommandCall(caller, inbound, new Options(values)));
	}

	private Reply form(Inbound inbound, Input.FormSubmission form) {
		CommandHandler handler = catalog.form(form.formId())
			.orElseThrow(() -> new UserError("That form (`" + form.formId() + "`) is no longer supported.",
					"Run the command again to open a fresh form."));
		form.values().values().forEach(this::checkLength);
		return handler.handle(new CommandCall(callers.identify(inbound.sender()), inbound, new Options(form.values())));
	}

	private void checkLength(String text) {
		if (text.length() > maxInputLength) {
			throw new UserError(String.format("That is %,d characters; Agora takes at most %,d at a time.",
					text.length(), maxInputLength), "Shorten it, or split it into several messages.");
		}
	}

	private static UserError notAllowed(CommandSpec spec, SubcommandSpec sub, Caller caller) {
		String what = "`/" + spec.name() + (sub.name().isEmpty() ? "" : " " + sub.name()) + "`";
		if (sub.access().registeredOnly() && !caller.isRegistered()) {
			return new UserError(what + " is for people registered with a city or organisation.",
					"Register first with `/city register <city>`.");
		}
		String yours = caller.roles().isEmpty() ? "no role yet"
				: String.join(", ", caller.roles().stream().map(RoleGrant::toString).sorted().toList());
		String hint = (sub.access().roles().contains(Role.OFFICER) && caller.cityKey() == null)
				? "City officers register first with `/city register <city>`; for another role, ask an admin."
				: "Ask an admin to grant the role with `/agora role <person> <role>`.";
		return new UserError(what + " is for " + sub.access().describePeople() + "; you have " + yours + ".", hint);
	}

}
