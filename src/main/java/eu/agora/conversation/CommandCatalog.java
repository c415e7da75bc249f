package eu.agora.conversation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.agora.conversation.internal.HelpText;

/**
 * Every command, button, form and message action Agora understands, each with who may use
 * it, gathered from the features' {@link CommandSet}s. Parsing, {@code /help}, access
 * checks and the platforms' command registrations are all derived from it.
 */
public final class CommandCatalog {

	private final Map<String, CommandSpec> commands = new LinkedHashMap<>();

	private final Map<String, ActionSpec> actions = new LinkedHashMap<>();

	private final Map<String, FormSpec> forms = new LinkedHashMap<>();

	private final Map<String, MessageActionSpec> messageActions = new LinkedHashMap<>();

	/** Per {@code "command subcommand"}: the file-taking message actions of its set. */
	private final Map<String, List<MessageActionSpec>> fileActions = new LinkedHashMap<>();

	public CommandCatalog(List<CommandSet> sets) {
		add(helpCommand());
		List<CommandSpec> all = new ArrayList<>();
		sets.forEach((set) -> all.addAll(set.commands()));
		all.stream().sorted(Comparator.comparing(CommandSpec::name)).forEach(this::add);
		sets.forEach((set) -> set.actions().forEach((action) -> register(actions, "button", action.id(), action)));
		sets.forEach((set) -> set.forms().forEach((form) -> register(forms, "form", form.id(), form)));
		sets.forEach((set) -> set.messageActions().forEach(this::add));
		sets.forEach(this::rememberFileActions);
	}

	public List<CommandSpec> commands() {
		return List.copyOf(commands.values());
	}

	public Optional<CommandSpec> command(String name) {
		return Optional.ofNullable(commands.get(name));
	}

	/**
	 * The button {@code actionId}: an exact id, or the longest registered prefix ending
	 * in ':'.
	 */
	public Optional<ActionSpec> action(String actionId) {
		ActionSpec exact = actions.get(actionId);
		if (exact != null) {
			return Optional.of(exact);
		}
		return actions.values()
			.stream()
			.filter((action) -> action.matches(actionId))
			.max(Comparator.comparingInt((action) -> action.id().length()));
	}

	/** Every button the features' replies may contain. */
	public List<ActionSpec> actions() {
		return List.copyOf(actions.values());
	}

	/** Every form the features' replies may request. */
	public List<FormSpec> forms() {
		return List.copyOf(forms.values());
	}

	/** Actions on a chat message, for the platforms' message menus. */
	public List<MessageActionSpec> messageActions() {
		return List.copyOf(messageActions.values());
	}

	public Optional<MessageActionSpec> messageAction(String id) {
		return Optional.ofNullable(messageActions.get(id));
	}

	/**
	 * The message actions that take files, declared by the same {@link CommandSet} as
	 * subcommand {@code subcommand} of {@code command} (empty name for a command without
	 * subcommands): where a platform's commands cannot carry files, people are pointed to
	 * them.
	 */
	public List<MessageActionSpec> fileActionsFor(String command, String subcommand) {
		return fileActions.getOrDefault(command + " " + subcommand, List.of());
	}

	public Optional<FormSpec> form(String formId) {
		return Optional.ofNullable(forms.get(formId));
	}

	/**
	 * Adds a command; a feature may add subcommands to another feature's command (e.g.
	 * {@code /city change-administration}), as long as no subcommand name repeats.
	 */
	private void add(CommandSpec spec) {
		CommandSpec known = commands.get(spec.name());
		if (known == null) {
			commands.put(spec.name(), spec);
			return;
		}
		if (!known.hasSubcommands() || !spec.hasSubcommands()) {
			throw new IllegalStateException("Two commands are named /" + spec.name());
		}
		List<SubcommandSpec> merged = new ArrayList<>(known.subcommands());
		for (SubcommandSpec sub : spec.subcommands()) {
			if (known.subcommand(sub.name()).isPresent()) {
				throw new IllegalStateException("Two subcommands are named /" + spec.name() + " " + sub.name());
			}
			merged.add(sub);
		}
		commands.put(spec.name(), new CommandSpec(known.name(), known.description(), merged));
	}

	private void add(MessageActionSpec action) {
		if (messageActions.putIfAbsent(action.id(), action) != null || actions.containsKey(action.id())) {
			throw new IllegalStateException("Two actions have the id " + action.id());
		}
	}

	private void rememberFileActions(CommandSet set) {
		List<MessageActionSpec> taking = set.messageActions().stream().filter(MessageActionSpec::takesFiles).toList();
		if (taking.isEmpty()) {
			return;
		}
		for (CommandSpec command : set.commands()) {
			command.subcommands().forEach((sub) -> fileActions.put(command.name() + " " + sub.name(), taking));
		}
	}

	private static <T> void register(Map<String, T> into, String kind, String id, T spec) {
		if (into.putIfAbsent(id, spec) != null) {
			throw new IllegalStateException("Two " + kind + " handlers for " + id);
		}
	}

	private CommandSpec helpCommand() {
		HelpText help = new HelpText(this);
		return CommandSpec.single("help", "What Agora can do, and how to ask",
				List.of(OptionSpec.optionalArgument("command", OptionType.STRING, "a command to explain, e.g. city")),
				Access.everyone(), (call) -> help.reply(call.caller(), call.options().text("command")));
	}

}
