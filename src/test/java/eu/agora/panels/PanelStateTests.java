package eu.agora.panels;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Options;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.conversation.UserError;

import static eu.agora.panels.PanelTestData.aPanel;
import static eu.agora.panels.PanelTestData.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Sessions and outcomes that guard their state, over in-memory stores. */
class PanelStateTests {

	private final InMemoryPanels panels = new InMemoryPanels();

	private final InMemoryPanelSessions sessions = new InMemoryPanelSessions();

	private final InMemoryKeyPoints keyPoints = new InMemoryKeyPoints();

	private final InMemoryPanelOutcomes outcomes = new InMemoryPanelOutcomes();

	private final List<Object> published = new ArrayList<>();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-02-21T09:00:00Z"));

	private final Broadcasting broadcasting = new Broadcasting((to, message) -> {
	});

	private long ids = 10;

	private final RunningSessions running = new RunningSessions(panels, sessions, (name) -> ids++, broadcasting, clock);

	private final PublishingOutcomes publishing = new PublishingOutcomes(panels, sessions, keyPoints, outcomes,
			broadcasting, published::add, clock);

	private final Caller moderator = new Caller("P-1", "Mia", Set.of(), null, null);

	private final Panel energy = aPanel().named("Energy").boundTo("shell:room").build();

	@Test
	void publishingWhileARoundIsOpenIsRefusedAndNothingIsPublished() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().withOpenRound("What works?").build());
		publishing.summary(call(Map.of("panel", "Energy")));

		assertThatThrownBy(() -> publishing.publish(call(Map.of("panel", "Energy"))))
			.hasMessageStartingWith("Round 1 of “Cycling” is still open")
			.extracting((error) -> ((UserError) error).hint())
			.asString()
			.contains("/panel round close Energy");
		assertThat(published).isEmpty();
	}

	@Test
	void publishingTwiceOrRedraftingAPublishedOutcomeIsRefused() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().withOpenRound("What works?").build());
		running.closeRound(call(Map.of("panel", "Energy")));
		running.end(call(Map.of("panel", "Energy")));
		publishing.summary(call(Map.of("panel", "Energy")));
		publishing.publish(call(Map.of("panel", "Energy")));

		assertThatThrownBy(() -> publishing.publish(call(Map.of("panel", "Energy"))))
			.hasMessageContaining("is published already");
		assertThatThrownBy(() -> publishing.summary(call(Map.of("panel", "Energy"))))
			.hasMessageContaining("is published already");
		assertThat(published).hasSize(1);
	}

	@Test
	void endingAfterPublishingSaysTheOutcomeIsOutNotToDraftIt() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().withOpenRound("What works?").build());
		running.closeRound(call(Map.of("panel", "Energy")));
		publishing.summary(call(Map.of("panel", "Energy")));

		assertThat(text(publishing.publish(call(Map.of("panel", "Energy"))))).contains("The session is still running");
		String ended = text(running.end(call(Map.of("panel", "Energy"))));

		assertThat(ended).contains("published already").doesNotContain("Draft its outcome");
	}

	@Test
	void startingWithATopicStartsAnAdHocSessionAndSaysTheScheduledOneStays() {
		panels.add(energy);
		sessions.add(aSession().of(energy).at(Instant.parse("2026-03-05T13:00:00Z")).build());

		String reply = text(running.start(call(Map.of("panel", "Energy", "topic", "ad hoc"))));

		assertThat(reply).contains("Started an ad-hoc session, “ad hoc”")
			.contains("“Cycling” stays scheduled for")
			.contains("Thu 5 Mar 2026, 14:00");
		assertThat(running.running(energy).topic()).isEqualTo("ad hoc");
		assertThat(sessions.scheduled()).extracting(PanelSession::topic).containsExactly("Cycling");
	}

	@Test
	void startingWithoutATopicSaysWhichScheduledSessionItStarts() {
		panels.add(energy);
		sessions.add(aSession().of(energy).at(Instant.parse("2026-03-05T13:00:00Z")).build());

		assertThat(text(running.start(call(Map.of("panel", "Energy"))))).contains("Started the session scheduled for")
			.contains("“Cycling”");
	}

	@Test
	void remindersAreOnlyPromisedForAPanelBoundToAChannel() {
		panels.add(aPanel().named("Unbound").build());
		panels.add(energy);
		Map<String, Object> when = Map.of("at", LocalDateTime.parse("2026-03-05T14:00"), "topic", "Heat", "questions",
				"What works?|What failed?");

		String unbound = text(running.schedule(call(with(when, "Unbound"))));
		String bound = text(running.schedule(call(with(when, "Energy"))));

		assertThat(unbound).contains("with 2 questions")
			.contains("No channel is bound to Unbound, so no reminders will be posted")
			.contains("/panel bind Unbound")
			.doesNotContain("Reminders go");
		assertThat(bound).contains("Reminders go to the panel's 1 channel 24 hours and 15 minutes before");
	}

	private static Map<String, Object> with(Map<String, Object> options, String panel) {
		Map<String, Object> all = new HashMap<>(options);
		all.put("panel", panel);
		return all;
	}

	private CommandCall call(Map<String, ?> options) {
		return new CommandCall(moderator,
				Inbound.direct(new Sender(Platform.SHELL, "mia", "Mia"), new Input.CommandText("/panel")),
				new Options(options));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

}
