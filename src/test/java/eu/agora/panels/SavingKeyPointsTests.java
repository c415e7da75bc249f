package eu.agora.panels;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.Options;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;
import eu.agora.conversation.UserError;

import static eu.agora.panels.PanelTestData.aPanel;
import static eu.agora.panels.PanelTestData.aSession;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving key points to the open round, over in-memory stores. */
class SavingKeyPointsTests {

	private final InMemoryPanels panels = new InMemoryPanels();

	private final InMemoryPanelSessions sessions = new InMemoryPanelSessions();

	private final InMemoryKeyPoints keyPoints = new InMemoryKeyPoints();

	private final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T13:30:00Z"));

	private final SavingKeyPoints saving = new SavingKeyPoints(panels,
			new RunningSessions(panels, sessions, (name) -> 1, new Broadcasting((to, message) -> {
			}), clock), keyPoints, clock);

	private final Caller ola = new Caller("P-2", "Ola", Set.of(), "lodz", null);

	private final Panel energy = aPanel().named("Energy").withMembers("lodz").boundTo("shell:room").build();

	@Test
	void givenAnOpenRound_whenAMemberSavesAPoint_thenItIsSavedToThatRoundWithoutNamingThem() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().withOpenRound("What works?").build());

		String reply = PlainText.render(saving.note(call(ola, Map.of("panel", "Energy", "text", "  Start small  "))));

		assertThat(reply)
			.isEqualTo("Saved to round 1 of Energy (1 key point so far). Outcomes never name who said what.");
		assertThat(keyPoints.of("S-000001")).singleElement()
			.satisfies((point) -> assertThat(point.text()).isEqualTo("Start small"))
			.satisfies((point) -> assertThat(point.contributorPersonId()).isEqualTo("P-2"))
			.satisfies((point) -> assertThat(point.at()).isEqualTo(clock.instant()));
	}

	@Test
	void givenAPanelNameOfSeveralWords_thenTheLongestLeadingRunThatNamesAPanelIsTheName() {
		Panel wave = aPanel().named("Renovation wave").withMembers("lodz").build();
		panels.add(wave);
		panels.add(aPanel().named("Renovation").withMembers("lodz").build());
		sessions.add(aSession().of(wave).running().withOpenRound("What works?").build());

		String reply = PlainText
			.render(saving.note(call(ola, Map.of("panel", "Renovation", "text", "wave Start with schools"))));

		assertThat(reply).startsWith("Saved to round 1 of Renovation wave");
		assertThat(keyPoints.of("S-000001")).singleElement()
			.satisfies((point) -> assertThat(point.text()).isEqualTo("Start with schools"));
		saving.note(call(ola, Map.of("panel", "Renovation wave", "text", "Quoted works too")));
		assertThat(keyPoints.of("S-000001")).hasSize(2);
	}

	@Test
	void givenNoPanelByTheLeadingWords_thenTheHintShowsTheFormThatWorks() {
		panels.add(aPanel().named("Renovation wave").withMembers("lodz").build());

		assertThatThrownBy(() -> saving.note(call(ola, Map.of("panel", "Renovaton", "text", "wav Schools"))))
			.hasMessageContaining("No panel's name starts `Renovaton wav Schools`")
			.extracting((error) -> ((UserError) error).hint())
			.asString()
			.contains("`/panel note \"Renovation wave\" <your key point>`");
	}

	@Test
	void givenAMessageFromABoundChannel_thenItBecomesAKeyPointOfThatChannelsPanel() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().withOpenRound("What works?").build());
		Inbound fromRoom = new Inbound(new Sender(Platform.SHELL, "ola", "Ola"), null, "room", null, null,
				new Input.Action(SavingKeyPoints.ACTION, null, "Schools first", List.of()));

		saving.fromMessage(new CommandCall(ola, fromRoom, new Options(Map.of("message", "Schools first"))));

		assertThat(keyPoints.countIn("S-000001", 1)).isEqualTo(1);
	}

	@Test
	void givenNoOpenRound_thenThePointIsRefusedAndNothingIsSaved() {
		panels.add(energy);
		sessions.add(aSession().of(energy).running().build());

		assertThatThrownBy(() -> saving.note(call(ola, Map.of("panel", "Energy", "text", "Lost"))))
			.hasMessageStartingWith("No round is open in Energy");
		assertThat(keyPoints.of("S-000001")).isEmpty();
	}

	@Test
	void givenACallerWhoseCityIsNotAMember_thenTheParticipantRuleRefusesThem() {
		panels.add(energy);
		Caller fromKrakow = new Caller("P-3", "Jan", Set.of(), "krakow", null);
		ObjectRule participants = PanelAccess.participantOf((call) -> energy);

		assertThat(participants.check().refusal(call(fromKrakow, Map.of("panel", "Energy", "text", "Hi"))))
			.hasValueSatisfying((refusal) -> assertThat(refusal)
				.hasMessageStartingWith("Key points are saved by the officers of Energy's cities."));
		assertThat(participants.check().refusal(call(ola, Map.of("panel", "Energy", "text", "Hi")))).isEmpty();
	}

	private static CommandCall call(Caller caller, Map<String, ?> options) {
		return new CommandCall(caller, Inbound.direct(new Sender(Platform.SHELL, "ola", caller.displayName()),
				new Input.CommandText("/panel note")), new Options(options));
	}

}
