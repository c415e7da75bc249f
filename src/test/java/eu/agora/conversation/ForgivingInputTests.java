package eu.agora.conversation;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What people plausibly type is understood, and what can't be is answered in one reply
 * that names every problem with the form that works.
 */
class ForgivingInputTests {

	private final Conversation conversation = new Conversation(new CommandCatalog(List.of(new TestCommands())),
			(sender) -> TestCommands.OFFICER, 4000);

	@Test
	void everyProblemWithACommandIsListedInOneReply() {
		Reply reply = say("/commit update progres:40 deadline:soon status:done");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("4 problems with /commit update")
			.contains("has no option progres:")
			.contains("deadline must be a date as YYYY-MM-DD")
			.contains("status must be one of")
			.contains("Missing id")
			.contains("Usage: /commit update <id>");
		assertThat(text(reply).split("Usage: /commit update <id>", -1)).as("the usage is shown once").hasSize(2);
	}

	@Test
	void aBadValueIsNotAlsoReportedAsMissing() {
		assertThat(text(say("/commit update C-1 C-2 progress:x"))).contains("2 problems")
			.contains("progress must be a whole number")
			.contains("I don't know what to do with C-2");
	}

	@Test
	void aPercentSignAfterAWholeNumberIsUnderstood() {
		assertThat(text(say("/commit update C-1 progress:45%"))).contains("progress=45");
		assertThat(text(say("/commit update C-1 progress:\"45 %\""))).contains("progress=45");
	}

	@Test
	void aLikelyWordForAChoiceSuggestsTheChoiceAndChangesNothing() {
		Reply reply = say("/commit update C-1 status:done");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("Did you mean status:achieved?");
		assertThat(text(say("/commit update C-1 status:acheived"))).contains("Did you mean status:achieved?");
	}

	@Test
	void aDateWithDayAndMonthIsUnderstoodWhenOnlyOneReadingIsADate() {
		assertThat(text(say("/commit update C-1 deadline:31/12/2027"))).contains("deadline=2027-12-31");
		assertThat(text(say("/commit update C-1 deadline:31.12.2027"))).contains("deadline=2027-12-31");
		assertThat(text(say("/commit update C-1 deadline:12/31/2027"))).contains("deadline=2027-12-31");
		assertThat(text(say("/commit update C-1 deadline:2027/12/31"))).contains("deadline=2027-12-31");
	}

	@Test
	void anAmbiguousDateNamesBothReadingsInTheFormThatWorks() {
		String reply = text(say("/commit update C-1 deadline:05/06/2027"));

		assertThat(reply).contains("could be 5 June or 6 May").contains("2027-06-05").contains("2027-05-06");
		assertThat(text(say("/commit update C-1 deadline:2027-06-05"))).contains("deadline=2027-06-05");
		assertThat(text(say("/commit update C-1 deadline:31/02/2027"))).contains("must be a date as YYYY-MM-DD");
	}

	private Reply say(String text) {
		return conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "ola", "Ola"), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

}
