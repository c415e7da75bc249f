package eu.agora.conversation;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * A small catalog for testing the core without any feature.
 */
final class TestCommands implements CommandSet {

	static final Caller OFFICER = new Caller("P-1", "Ola", Set.of(new RoleGrant(Role.OFFICER, "city:lodz")), "lodz",
			null);

	static final Caller NEWCOMER = new Caller("P-2", "Nia", Set.of(), null, null);

	static final Caller ADMIN = new Caller("P-3", "Ada", Set.of(RoleGrant.of(Role.ADMIN)), null, null);

	@Override
	public List<CommandSpec> commands() {
		return List
			.of(new CommandSpec("commit", "Commitments", List.of(
					new SubcommandSpec("update", "Change a commitment",
							List.of(OptionSpec.argument("id", OptionType.STRING, "the commitment id"),
									OptionSpec.optional("progress", OptionType.INTEGER, "progress in percent"),
									OptionSpec.optional("deadline", OptionType.DATE, "the new deadline"),
									OptionSpec
										.choice("status", false, "the status",
												List.of("planned", "in-progress", "achieved"))
										.suggesting(Map.of("done", "achieved")),
									OptionSpec.optional("note", OptionType.TEXT, "a note")),
							Access.registered(), TestCommands::echo),
					new SubcommandSpec("list", "List commitments",
							List.of(OptionSpec.flag("overdue", "only overdue ones"),
									OptionSpec.optional("city", OptionType.STRING, "a city")),
							Access.everyone(), TestCommands::echo),
					new SubcommandSpec("purge", "Delete everything", List.of(), Access.roles(Role.ADMIN),
							TestCommands::echo),
					new SubcommandSpec("round open", "Open a round",
							List.of(OptionSpec.argument("panel", OptionType.STRING, "the panel"),
									OptionSpec.optionalArgument("question", OptionType.TEXT, "the question")),
							Access.everyone(), TestCommands::echo),
					new SubcommandSpec("crash", "Fails", List.of(), Access.everyone(), (call) -> {
						throw new IllegalStateException("database exploded at line 42");
					}), new SubcommandSpec("offline", "Needs a lost database", List.of(), Access.everyone(), (call) -> {
						throw new DataAccessResourceFailureException(
								"Timed out after 5000 ms while waiting for a server",
								new IllegalStateException("connection refused"));
					}))),
					CommandSpec.single("ask", "Ask a question",
							List.of(OptionSpec.argument("question", OptionType.TEXT, "the question")),
							Access.everyone(), TestCommands::echo));
	}

	@Override
	public List<MessageActionSpec> messageActions() {
		return List.of(new MessageActionSpec("test:save", "Save as key point", "Saves the message", Access.registered(),
				TestCommands::echo));
	}

	@Override
	public List<ActionSpec> actions() {
		return List.of(new ActionSpec("feedback:", Access.everyone(), TestCommands::echo));
	}

	private static Reply echo(CommandCall call) {
		return Reply.text(call.options().asMap().toString());
	}

}
