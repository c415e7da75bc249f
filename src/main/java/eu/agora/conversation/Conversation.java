package eu.agora.conversation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import eu.agora.conversation.internal.CommandLine;
import eu.agora.conversation.internal.CommandLineParser;
import eu.agora.conversation.internal.Incidents;
import eu.agora.conversation.internal.OptionBinder;
import eu.agora.conversation.internal.Token;

/**
 * The router every adapter hands its {@link Inbound}s to: it parses, finds the spec in
 * the catalog, checks the caller's role, binds the options, runs the spec's object rules
 * (e.g. "a moderator of that panel") and then the handler — the same for commands,
 * buttons, forms and message actions. Bad input comes back as an error {@link Reply}; an
 * unexpected failure as a short message with an incident id that is also in the log —
 * never a stack trace.
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
				case Input.Message message -> message(inbound, message);
				case Input.Action action -> action(inbound, action);
				case Input.FormSubmission form -> form(inbound, form);
			};
		}
		catch (UserError error) {
			return (error.hint() != null) ? error.toReply()
					: Reply.error(Objects.requireNonNull(error.getMessage()), fallbackHint(inbound.input()));
		}
		catch (RuntimeException failure) {
			if (DatabaseUnavailable.is(failure)) {
				return DatabaseUnavailable.REPLY;
			}
			String incident = incidents.report(failure, inbound);
			return Reply.error("Sorry, something went wrong on our side (incident " + incident + ").",
					"Nothing was changed by the failed step. Try again; if it keeps failing, tell an admin the incident id.");
		}
	}

	/**
	 * The hint for an error that came without one, so that every error says where to go
	 * next: the help of the command that was typed, or the list of commands.
	 */
	private String fallbackHint(Input input) {
		String typed = switch (input) {
			case Input.CommandText text -> text.text().strip().split("\\s+", 2)[0];
			case Input.CommandParts parts -> "/" + parts.command();
			default -> "";
		};
		String name = typed.startsWith("/") ? typed.substring(1) : typed;
		return catalog.command(name).isPresent() ? "`/help " + name + "` shows what it takes."
				: "`/help` lists the commands.";
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
		String what = "`/" + spec.name() + (sub.name().isEmpty() ? "" : " " + sub.name()) + "`";
		checkRoles(what, sub.access(), caller);
		List<MessageActionSpec> fileActions = catalog.fileActionsFor(spec.name(), sub.name());
		Options options = binder.bind(spec.name(), sub, rest, files,
				(text) -> downloads.fromText(inbound.platform(), text, fileActions));
		return run(sub.access(), sub.handler(), new CommandCall(caller, inbound, options));
	}

	private SubcommandSpec subcommand(CommandSpec spec, List<Token> tokens) {
		List<String> names = spec.subcommands().stream().map(SubcommandSpec::name).toList();
		String choices = String.join(", ", names);
		if (tokens.isEmpty() || !tokens.get(0).isBareWord()) {
			throw new UserError("`/" + spec.name() + "` needs one of: " + choices + ".",
					"Type `/help " + spec.name() + "` to see how to use each.");
		}
		String first = tokens.get(0).value().toLowerCase(Locale.ROOT);
		if (tokens.size() > 1 && tokens.get(1).isBareWord()) {
			String two = first + " " + tokens.get(1).value().toLowerCase(Locale.ROOT);
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
		List<Token> tokens = new ArrayList<>();
		parts.path().forEach((word) -> tokens.add(new Token(null, word, false)));
		for (Map.Entry<String, String> option : parts.options().entrySet()) {
			checkLength(option.getValue());
			tokens.add(new Token(option.getKey(), option.getValue(), true));
		}
		return new CommandLine(parts.command(), tokens);
	}

	private Reply message(Inbound inbound, Input.Message message) {
		checkLength(message.text());
		if (PlainQuestions.readsAsQuestion(message.text()) && catalog.command(PlainQuestions.COMMAND).isPresent()) {
			Input.CommandParts asked = new Input.CommandParts(PlainQuestions.COMMAND, List.of(),
					Map.of(PlainQuestions.OPTION, message.text().strip()), Map.of());
			return command(inbound, fromParts(asked), Map.of());
		}
		return Reply.text("I answer commands: they start with `/`. Type `/help` to see them, or ask me a question.");
	}

	private Reply action(Inbound inbound, Input.Action action) {
		Optional<MessageActionSpec> onMessage = catalog.messageAction(action.actionId());
		if (onMessage.isPresent()) {
			return messageAction(inbound, action, onMessage.get());
		}
		ActionSpec spec = catalog.action(action.actionId())
			.orElseThrow(() -> new UserError("That button (`" + action.actionId() + "`) is no longer supported.",
					"Run the command again to get a fresh message."));
		Map<String, String> values = new HashMap<>();
		values.put("value", (action.value() != null) ? action.value() : "");
		if (action.message() != null) {
			values.put("message", action.message());
		}
		Caller caller = callers.identify(inbound.sender());
		checkRoles("That button", spec.access(), caller);
		return run(spec.access(), spec.handler(), new CommandCall(caller, inbound, new Options(values)));
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
		Map<String, Object> values = new LinkedHashMap<>();
		values.put("message", message);
		if (!action.files().isEmpty()) {
			values.put("file", action.files().get(0));
			values.put("files", action.files());
		}
		return run(spec.access(), spec.handler(), new CommandCall(caller, inbound, new Options(values)));
	}

	private Reply form(Inbound inbound, Input.FormSubmission form) {
		FormSpec spec = catalog.form(form.formId())
			.orElseThrow(() -> new UserError("That form (`" + form.formId() + "`) is no longer supported.",
					"Run the command again to open a fresh form."));
		form.values().values().forEach(this::checkLength);
		Caller caller = callers.identify(inbound.sender());
		checkRoles("That form", spec.access(), caller);
		return run(spec.access(), spec.handler(), new CommandCall(caller, inbound, new Options(form.values())));
	}

	private void checkLength(String text) {
		if (text.length() > maxInputLength) {
			throw new UserError(String.format("That is %,d characters; Agora takes at most %,d at a time.",
					text.length(), maxInputLength), "Shorten it, or split it into several messages.");
		}
	}

	/**
	 * Runs the handler once the call passes the access's object rules (admins pass them
	 * all).
	 */
	private static Reply run(Access access, CommandHandler handler, CommandCall call) {
		if (!call.caller().isAdmin()) {
			for (ObjectRule rule : access.rules()) {
				Optional<UserError> refusal = rule.check().refusal(call);
				if (refusal.isPresent()) {
					throw refusal.get();
				}
			}
		}
		return handler.handle(call);
	}

	/** Refuses a caller who lacks the registration or role {@code access} needs. */
	private static void checkRoles(String what, Access access, Caller caller) {
		if (access.allows(caller)) {
			return;
		}
		if (access.registeredOnly() && !caller.isRegistered()) {
			throw new UserError(what + " is for people registered with a city or organisation.",
					"Register first with `/city register <city>`.");
		}
		String yours = caller.roles().isEmpty() ? "no role yet"
				: String.join(", ", caller.roles().stream().map(RoleGrant::toString).sorted().toList());
		String hint = (access.roles().contains(Role.OFFICER) && caller.cityKey() == null)
				? "City officers register with `/city register <city>` and act once its officers approve (`/agora whoami` shows a pending request); for another role, ask an admin."
				: "Ask an admin to grant the role with `/agora role <person> <role>`.";
		throw new UserError(what + " is for " + access.describePeople() + "; you have " + yours + ".", hint);
	}

}
