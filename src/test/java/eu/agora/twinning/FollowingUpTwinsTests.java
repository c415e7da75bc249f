package eu.agora.twinning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A follow-up is sent once: one claimed before a crash (or by another instance) is not
 * sent again, and the pair catches up; We won't stops the follow-ups.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class FollowingUpTwinsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	FollowingUpTwins followingUp;

	@Autowired
	FollowUps followUps;

	@Autowired
	Pairs pairs;

	final String cohort = "Follow" + UUID.randomUUID().toString().substring(0, 6);

	final String officer = "eva-" + UUID.randomUUID().toString().substring(0, 6);

	@Test
	void aFollowUpClaimedBeforeACrashIsNotSentAgainAndThePairCatchesUp() {
		Pair pair = published();
		Instant due = clock.instant().plus(Duration.ofDays(14));
		followUps.claim(FollowUps.FollowUp.sent(pair.id(), 1, due));
		messenger.clear();

		followingUp.followUp(due);

		assertThat(messenger.sent())
			.noneMatch((line) -> line.contains(pair.id() + " —") && line.contains("did you meet"));
		Pair caughtUp = pairs.byId(pair.id()).orElseThrow();
		assertThat(caughtUp.followUps()).isEqualTo(1);
		assertThat(caughtUp.nextFollowUpAt()).isEqualTo(due.plus(Duration.ofDays(14)));
		followingUp.followUp(due.plus(Duration.ofDays(14)));
		assertThat(messenger.sent()).filteredOn((line) -> line.contains(pair.id() + " —"))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("did you meet"));
	}

	@Test
	void weWontStopsThePairAndNoMoreFollowUpsAreSent() {
		Pair pair = published();
		Instant due = clock.instant().plus(Duration.ofDays(14));
		followingUp.followUp(due);
		Reply wont = conversation.handle(Inbound.direct(new Sender(Platform.SHELL, officer, officer),
				new Input.Action(FollowingUpTwins.ANSWER, pair.id() + " wont", null, List.of())));
		assertThat(wont.error()).as(PlainText.render(wont)).isFalse();
		messenger.clear();

		followingUp.followUp(due.plus(Duration.ofDays(28)));

		assertThat(pairs.byId(pair.id()).orElseThrow().status()).isEqualTo("stopped");
		assertThat(messenger.sent()).noneMatch((line) -> line.contains(pair.id()));
		assertThat(say("shell-admin", "/twin answer " + pair.id() + " yes").error()).isTrue();
	}

	private Pair published() {
		clock.set(Instant.parse("2026-02-02T09:00:00Z"));
		say(officer, "/city register Grenoble");
		say("shell-admin", "/city approve " + officer);
		for (String line : new String[] { "/twin cohort create " + cohort,
				"/twin cohort add " + cohort + " Grenoble Groningen", "/twin match " + cohort,
				"/twin publish " + cohort }) {
			Reply reply = say("shell-admin", line);
			assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
		}
		return pairs.ofCohort(Cohort.idFor(cohort)).get(0);
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

}
