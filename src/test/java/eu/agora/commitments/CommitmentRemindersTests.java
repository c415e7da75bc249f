package eu.agora.commitments;

import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class CommitmentRemindersTests {

	@Autowired
	Conversation conversation;

	@Autowired
	CommitmentReminders reminders;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Test
	void theContactIsRemindedOnceAMonthAndOnceAWeekBeforeTheDeadlineThenTheCoordinator() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		String ola = CommitmentsTests.unique("ola");
		String coordinator = CommitmentsTests.unique("coord");
		say(ola, "/city register Gdansk".replace("Gdansk", "Wroclaw"));
		say("shell-admin", "/city approve " + ola);
		say(coordinator, "/agora whoami");
		say("shell-admin", "/agora role " + coordinator + " coordinator scope:country:PL");
		say(ola, "/commit add target:\"100 % by 2026\" title:\"Reminded " + ola
				+ "\" owner:\"Energy\" domain:energy deadline:2026-03-31");
		messenger.clear();

		clock.set(Instant.parse("2026-02-28T10:00:00Z"));
		reminders.remind(clock.instant());
		assertThat(messenger.sentTo(ola)).isEmpty();

		clock.set(Instant.parse("2026-03-01T10:00:00Z"));
		reminders.remind(clock.instant());
		reminders.remind(clock.instant().plus(Duration.ofHours(1)));
		assertThat(messenger.sentTo(ola)).singleElement().asString().contains("in a month");

		clock.set(Instant.parse("2026-03-24T10:00:00Z"));
		reminders.remind(clock.instant());
		reminders.remind(clock.instant());
		assertThat(messenger.sentTo(ola)).hasSize(2).last().asString().contains("in a week");
		assertThat(messenger.sentTo(coordinator)).singleElement()
			.asString()
			.contains("two reminders without an update");
	}

	@Test
	void anUpdateAnswersTheRemindersSoNoCoordinatorIsBothered() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		String ola = CommitmentsTests.unique("ola");
		String coordinator = CommitmentsTests.unique("coord");
		say(ola, "/city register Kraków");
		say("shell-admin", "/city approve " + ola);
		say(coordinator, "/agora whoami");
		say("shell-admin", "/agora role " + coordinator + " coordinator");
		say(ola, "/commit add target:\"100 % by 2026\" title:\"Answered " + ola
				+ "\" owner:\"Energy\" domain:energy deadline:2026-04-30");
		messenger.clear();

		clock.set(Instant.parse("2026-04-01T10:00:00Z"));
		reminders.remind(clock.instant());
		clock.set(Instant.parse("2026-04-02T10:00:00Z"));
		say(ola, "/commit update C-" + lastId(ola) + " progress:90");
		clock.set(Instant.parse("2026-04-24T10:00:00Z"));
		reminders.remind(clock.instant());

		assertThat(messenger.sentTo(ola)).hasSize(2);
		assertThat(messenger.sentTo(coordinator)).isEmpty();
	}

	@Test
	void aCommitmentWithoutUpdatesFor90DaysIsStale() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		String ola = CommitmentsTests.unique("ola");
		say(ola, "/city register Riga");
		say("shell-admin", "/city approve " + ola);
		say(ola, "/commit add target:\"100 % by 2029\" title:\"Stale " + ola
				+ "\" owner:\"Energy\" domain:energy deadline:2029-12-31");
		messenger.clear();

		clock.set(Instant.parse("2026-04-10T10:00:00Z"));
		reminders.remind(clock.instant());
		reminders.remind(clock.instant());

		assertThat(messenger.sentTo(ola)).singleElement().asString().contains("no update in 90 days");
		assertThat(CommitmentsTests.text(say(ola, "/commit list stale city:Riga"))).contains("Stale " + ola);
	}

	private String lastId(String user) {
		String listed = CommitmentsTests.text(say(user, "/commit list"));
		Matcher id = Pattern.compile("C-(\\d+)").matcher(listed);
		assertThat(id.find()).isTrue();
		return id.group(1);
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(CommitmentsTests.shell(user), new Input.CommandText(text)));
	}

}
