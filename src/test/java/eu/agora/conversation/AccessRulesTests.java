package eu.agora.conversation;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The router checks the access of buttons, forms and message actions as it does a
 * subcommand's, and runs object rules before the handler: a refused caller never reaches
 * it.
 */
class AccessRulesTests {

	static final Caller MODERATOR = new Caller("P-9", "Mo", Set.of(RoleGrant.of(Role.MODERATOR)), "lodz", null);

	/** Only person P-1 moderates the panel "heat"; any other panel is unknown. */
	static final ObjectRule MODERATOR_OF_PANEL = new ObjectRule("moderators of that panel", (call) -> {
		String panel = call.options().text("panel").orElse(call.options().text("value").orElse(""));
		if (!panel.equals("heat")) {
			throw new UserError("There is no panel \"" + panel + "\".");
		}
		return call.caller().personId().equals("P-1") ? Optional.empty()
				: Optional.of(new UserError("Only the moderators of heat do that."));
	});

	private final AtomicInteger handled = new AtomicInteger();

	private final AtomicReference<Caller> caller = new AtomicReference<>(TestCommands.OFFICER);

	private final Conversation conversation = new Conversation(new CommandCatalog(List.of(new RuledCommands())),
			(sender) -> caller.get(), 4000);

	@Test
	void aButtonWithARoleRuleRefusesACallerWithoutTheRoleBeforeItsHandler() {
		Reply refused = press("panel:close", "heat");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("That button is for moderators; you have officer (city:lodz)");
		assertThat(handled).hasValue(0);

		caller.set(MODERATOR);
		assertThat(press("panel:close", "heat").error()).isFalse();
		assertThat(handled).hasValue(1);
	}

	@Test
	void aButtonWithAnObjectRuleRefusesAnotherPersonBeforeItsHandler() {
		caller.set(MODERATOR);

		Reply refused = press("panel:open", "heat");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only the moderators of heat do that.");
		assertThat(handled).hasValue(0);

		caller.set(TestCommands.OFFICER);
		assertThat(press("panel:open", "heat").error()).isFalse();
		assertThat(handled).hasValue(1);
	}

	@Test
	void aFormWithAnObjectRuleRefusesAnotherPersonBeforeItsHandler() {
		caller.set(MODERATOR);

		Reply refused = submit("heat");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only the moderators of heat do that.");
		assertThat(handled).hasValue(0);
	}

	@Test
	void aFormWithARoleRuleRefusesAnUnregisteredPerson() {
		caller.set(TestCommands.NEWCOMER);

		Reply refused = submit("heat");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("That form is for people registered").contains("/city register");
		assertThat(handled).hasValue(0);
	}

	@Test
	void aSubcommandRunsItsObjectRuleOnTheBoundOptions() {
		caller.set(MODERATOR);

		Reply refused = say("/panel bind heat");
		Reply unknown = say("/panel bind cold");

		assertThat(text(refused)).contains("Only the moderators of heat do that.");
		assertThat(text(unknown)).contains("There is no panel \"cold\".");
		assertThat(handled).hasValue(0);
		caller.set(TestCommands.OFFICER);
		assertThat(say("/panel bind heat").error()).isFalse();
		assertThat(handled).hasValue(1);
	}

	@Test
	void aMessageActionRunsItsObjectRuleBeforeItsHandler() {
		caller.set(MODERATOR);

		Reply refused = conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U9", "Mo"),
				new Input.Action("panel:pin", null, "heat", List.of())));

		assertThat(text(refused)).contains("Only the moderators of heat do that.");
		assertThat(handled).hasValue(0);
	}

	@Test
	void adminsPassObjectRules() {
		caller.set(TestCommands.ADMIN);

		assertThat(press("panel:open", "heat").error()).isFalse();
		assertThat(say("/panel bind heat").error()).isFalse();
		assertThat(handled).hasValue(2);
	}

	@Test
	void helpNamesTheObjectRule() {
		String help = text(say("/help panel"));

		assertThat(help).contains("/panel bind <panel> — Bind a channel (moderators of that panel)")
			.contains("/panel list — List panels\n");
	}

	private Reply press(String actionId, String value) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.Action(actionId, value, null, List.of())));
	}

	private Reply submit(String panel) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.FormSubmission("panel:outcome", Map.of("panel", panel, "text", "Done"))));
	}

	private Reply say(String text) {
		return conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "ola", "Ola"), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

	private final class RuledCommands implements CommandSet {

		@Override
		public List<CommandSpec> commands() {
			return List.of(new CommandSpec("panel", "Panels",
					List.of(new SubcommandSpec("list", "List panels", List.of(), Access.everyone(), this::handle),
							new SubcommandSpec("bind", "Bind a channel",
									List.of(OptionSpec.argument("panel", OptionType.STRING, "the panel")),
									Access.everyone().and(MODERATOR_OF_PANEL), this::handle))));
		}

		@Override
		public List<ActionSpec> actions() {
			return List.of(new ActionSpec("panel:close", Access.roles(Role.MODERATOR), this::handle),
					new ActionSpec("panel:open", Access.everyone().and(MODERATOR_OF_PANEL), this::handle));
		}

		@Override
		public List<FormSpec> forms() {
			return List.of(new FormSpec("panel:outcome", Access.registered().and(MODERATOR_OF_PANEL), this::handle));
		}

		@Override
		public List<MessageActionSpec> messageActions() {
			return List.of(new MessageActionSpec("panel:pin", "Pin", "Pins it",
					Access.everyone()
						.and(new ObjectRule("moderators of the message's panel",
								(call) -> MODERATOR_OF_PANEL.check()
									.refusal(new CommandCall(call.caller(), call.inbound(),
											new Options(Map.of("panel", call.options().requiredText("message"))))))),
					this::handle));
		}

		private Reply handle(CommandCall call) {
			handled.incrementAndGet();
			return Reply.text("done");
		}

	}

}
