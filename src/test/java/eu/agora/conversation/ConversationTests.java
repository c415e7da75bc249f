package eu.agora.conversation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ConversationTests {

	private final AtomicReference<Caller> caller = new AtomicReference<>(TestCommands.OFFICER);

	private final Conversation conversation = new Conversation(new CommandCatalog(List.of(new TestCommands())),
			(sender) -> caller.get(), 4000);

	@Test
	void bindsPositionalNamedAndTypedValues() {
		Reply reply = say("/commit update C-17 progress:40 deadline:2030-12-31 status:ACHIEVED note:\"on track\"");

		assertThat(reply.error()).isFalse();
		assertThat(text(reply))
			.isEqualTo("{progress=40, deadline=2030-12-31, status=achieved, note=on track, id=C-17}");
	}

	@Test
	void aChoiceMatchesWhateverCaseAndWordSeparatorsAreTyped() {
		for (String typed : List.of("\"in progress\"", "In-Progress", "in_progress", "\"IN  PROGRESS\"",
				"in-progress")) {
			Reply reply = say("/commit update C-1 status:" + typed);

			assertThat(reply.error()).as(typed).isFalse();
			assertThat(text(reply)).as(typed).contains("status=in-progress");
		}
		Reply partsReply = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "42", "Ola"),
				new Input.CommandParts("commit", List.of("update"), Map.of("id", "C-3", "status", "in progress"))));
		assertThat(text(partsReply)).contains("status=in-progress");
		assertThat(say("/commit update C-1 status:inprogres").error()).isTrue();
	}

	@Test
	void bareWordsSwitchFlagsOn() {
		assertThat(text(say("/commit list overdue city:Lodz"))).isEqualTo("{overdue=true, city=Lodz}");
	}

	@Test
	void twoWordSubcommandsAndTheRestOfTheLineAsText() {
		assertThat(text(say("/commit round open energy What works for heat pumps?")))
			.isEqualTo("{panel=energy, question=What works for heat pumps?}");
	}

	@Test
	void platformPartsBindLikeTypedText() {
		Reply reply = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "42", "Ola"),
				new Input.CommandParts("commit", List.of("update"), Map.of("id", "C-3", "progress", "7"))));

		assertThat(text(reply)).contains("id=C-3").contains("progress=7");
	}

	@Test
	void anUnknownCommandSuggestsTheNearestOne() {
		Reply reply = say("/comit list");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("I don't know the command /comit")
			.contains("Did you mean /commit?")
			.contains("/help");
	}

	@Test
	void anUnknownSubcommandListsTheOnesThatExist() {
		Reply reply = say("/commit updte C-1");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("no subcommand updte").contains("/commit update").contains("list");
	}

	@Test
	void aMissingSubcommandListsTheChoices() {
		Reply reply = say("/commit");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("/commit needs one of: update, list");
	}

	@Test
	void anUnknownOptionIsNamedWithTheUsage() {
		Reply reply = say("/commit update C-1 progres:40");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("has no option progres:")
			.contains("Did you mean progress?")
			.contains("Usage: /commit update <id>");
	}

	@Test
	void aMissingRequiredValueIsNamed() {
		Reply reply = say("/commit update progress:40");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("Missing id: the commitment id.");
	}

	@Test
	void malformedValuesSayWhatIsExpected() {
		assertThat(text(say("/commit update C-1 progress:forty"))).contains("progress must be a whole number");
		assertThat(text(say("/commit update C-1 deadline:soon"))).contains("deadline must be a date as YYYY-MM-DD");
		assertThat(text(say("/commit update C-1 status:done")))
			.contains("status must be one of planned, in-progress, achieved");
		assertThat(say("/commit update C-1 progress:forty").error()).isTrue();
	}

	@Test
	void anEmptyQuotedValueIsRefused() {
		Reply reply = say("/commit update C-1 note:\"\"");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("note is empty");
	}

	@Test
	void leftOverWordsAreReported() {
		Reply reply = say("/commit update C-1 C-2");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("I don't know what to do with C-2");
	}

	@Test
	void overLongInputIsRefusedWithTheLimit() {
		Reply reply = say("/ask " + "x".repeat(4001));

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("4,006 characters").contains("at most 4,000");
	}

	@Test
	void aRoleRestrictedCommandTellsWhoMayRunIt() {
		Reply reply = say("/commit purge");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("/commit purge is for admins").contains("you have officer (city:lodz)");
	}

	@Test
	void anUnregisteredPersonIsToldToRegisterFirst() {
		caller.set(TestCommands.NEWCOMER);

		Reply reply = say("/commit update C-1");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("/city register <city>");
	}

	@Test
	void adminsMayRunEverything() {
		caller.set(TestCommands.ADMIN);

		assertThat(say("/commit purge").error()).isFalse();
	}

	@Test
	void anUnexpectedFailureShowsAnIncidentIdAndNoStackTrace() {
		Reply reply = say("/commit crash");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).containsPattern("incident INC-[0-9A-F]{8}")
			.doesNotContain("IllegalStateException")
			.doesNotContain("database exploded");
	}

	@Test
	void aLostDatabaseAsksToTryAgainShortlyInsteadOfReportingAnIncident() {
		Reply reply = say("/commit offline");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("cannot reach its database")
			.contains("Try again shortly")
			.doesNotContain("incident")
			.doesNotContain("Timed out");
	}

	@Test
	void buttonsRouteByActionIdPrefixAndUnknownOnesGetAClearReply() {
		Reply known = conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.Action("feedback:helpful", "A-7", null, List.of())));
		Reply unknown = conversation.handle(Inbound.direct(new Sender(Platform.SLACK, "U1", "Ola"),
				new Input.Action("vanished", "", null, List.of())));

		assertThat(text(known)).isEqualTo("{value=A-7}");
		assertThat(unknown.error()).isTrue();
		assertThat(text(unknown)).contains("no longer supported");
	}

	@Test
	void messageActionsReceiveTheMessageTextAndCheckAccess() {
		Input.Action save = new Input.Action("test:save", null, "Districts should share one heat plan", List.of());

		Reply saved = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "42", "Ola"), save));
		caller.set(TestCommands.NEWCOMER);
		Reply refused = conversation.handle(Inbound.direct(new Sender(Platform.DISCORD, "43", "Nia"), save));

		assertThat(text(saved)).isEqualTo("{message=Districts should share one heat plan}");
		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Save as key point").contains("/city register");
	}

	@Test
	void helpIsGeneratedFromTheCatalog() {
		String all = text(say("/help"));
		String one = text(say("/help commit"));

		assertThat(all).contains("/commit — Commitments (update, list, purge, round open, crash, offline)")
			.contains("/ask — Ask a question")
			.contains("/help");
		assertThat(one).contains("/commit update <id> [progress:<progress>]")
			.contains("/commit list [overdue] [city:<city>]")
			.contains("(admin, not open to you yet)");
		assertThat(say("/help nope").error()).isTrue();
	}

	private Reply say(String text) {
		return conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "ola", "Ola"), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

}
