package eu.agora.twinning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
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
 * Suggestions with their reasons, swaps in a proposal, pilots mode, and the steps other
 * features read through {@link TwinningActivity}.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class TwinningProposalsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MutableClock clock;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Pairs pairs;

	@Autowired
	TwinningActivity activity;

	final String cohort = "Cohort" + UUID.randomUUID().toString().substring(0, 6);

	@BeforeEach
	void start() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
	}

	@Test
	void suggestionsRankPartnersWithEveryReasonInPlainWords() {
		admin("/twin profile set city:Gothenburg strengths:mobility needs:energy languages:sv,en population:600000");
		admin("/twin profile set city:Espoo strengths:energy needs:mobility languages:fi,en population:300000");

		String suggested = admin("/twin suggest Gothenburg count:3");

		assertThat(suggested).contains("Partners for Gothenburg, best first")
			.contains("1. Espoo")
			.contains("Espoo is strong in Energy, which Gothenburg needs (+3.0)")
			.contains("Gothenburg is strong in Mobility, which Espoo needs (+3.0)")
			.contains("a shared working language: English (+2.0)")
			.contains("similar size (600,000 and 300,000 people) (+1.0)");
		assertThat(error("/twin suggest Gothenburg count:50")).contains("between 1 and 20");
	}

	@Test
	void aSwapExchangesTwoCitiesBetweenTheirGroupsAndIsPublishedAsSwapped() {
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add " + cohort + " Bologna Bordeaux Bratislava Bristol");
		admin("/twin match " + cohort);
		List<Cohort.Group> before = cohorts.named(cohort).proposal().groups();
		String a = before.get(0).cities().get(0);
		String b = before.get(1).cities().get(0);

		admin("/twin swap " + cohort + " " + a + " " + b);

		List<Cohort.Group> after = cohorts.named(cohort).proposal().groups();
		assertThat(after.get(0).cities()).contains(b).doesNotContain(a);
		assertThat(after.get(1).cities()).contains(a).doesNotContain(b);
		assertThat(error("/twin swap " + cohort + " " + a + " " + after.get(1).cities().get(1)))
			.contains("in the same group already");
		admin("/twin publish " + cohort);
		assertThat(pairs.ofCohort(Cohort.idFor(cohort))).extracting(Pair::cities)
			.containsExactlyInAnyOrder(after.get(0).cities(), after.get(1).cities());
	}

	@Test
	void pilotsModeGivesEachPilotBetweenOneAndCapacityTwins() {
		admin("/twin profile set city:Budapest pilot:yes");
		admin("/twin profile set city:Bucharest pilot:no");
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add " + cohort + " Budapest Bucharest Copenhagen Cork Dijon");

		assertThat(error("/twin match " + cohort + " mode:pilots capacity:2")).contains("capacity:4");
		String proposal = admin("/twin match " + cohort + " mode:pilots capacity:4");

		assertThat(proposal).contains("(pilots): 1 group,");
		assertThat(cohorts.named(cohort).proposal().groups()).singleElement()
			.satisfies((group) -> assertThat(group.cities()).first().isEqualTo("budapest"))
			.satisfies((group) -> assertThat(group.cities()).hasSize(5));
	}

	@Test
	void everyStepAPairReachesIsReadableWithItsTimeForOtherFeatures() {
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add " + cohort + " Dresden Dublin");
		admin("/twin match " + cohort);
		Instant published = clock.instant();
		admin("/twin publish " + cohort);
		Pair pair = pairs.ofCohort(Cohort.idFor(cohort)).get(0);
		clock.advance(Duration.ofDays(3));
		admin("/twin status " + pair.id() + " met");
		clock.advance(Duration.ofDays(30));
		admin("/twin status " + pair.id() + " Site Visit");

		List<TwinningActivity.TwinningStep> steps = activity.stepsBetween(List.of("dresden"), published,
				clock.instant().plusSeconds(1));

		assertThat(steps).filteredOn((step) -> step.pairId().equals(pair.id()))
			.extracting(TwinningActivity.TwinningStep::status)
			.containsExactly("introduced", "met", "site-visit");
		assertThat(activity.stepsBetween(List.of("dresden"), published.plus(Duration.ofDays(1)), clock.instant()))
			.filteredOn((step) -> step.pairId().equals(pair.id()))
			.extracting(TwinningActivity.TwinningStep::status)
			.containsExactly("met");
		assertThat(error("/twin status " + pair.id() + " site-visit")).contains("already");
	}

	@Test
	void theReportNamesTheCitiesEarlierRoundsLeftOutAndWhy() {
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add " + cohort + " Eindhoven Eilat Florence");
		admin("/twin pause Florence until:2026-03-01");
		admin("/twin match " + cohort);
		admin("/twin publish " + cohort);
		admin("/twin round " + cohort);

		String report = admin("/twin report " + cohort);

		assertThat(report).contains("Twinning report — " + cohort)
			.contains("Florence (" + cohort + ", round 1: paused until 2026-03-01)")
			.contains("Meeting rate")
			.contains("0 % (0 of 1 met)");
	}

	private String admin(String text) {
		Reply reply = say(text);
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isFalse();
		return PlainText.render(reply);
	}

	private String error(String text) {
		Reply reply = say(text);
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isTrue();
		return PlainText.render(reply);
	}

	private Reply say(String text) {
		return conversation.handle(
				Inbound.direct(new Sender(Platform.SHELL, "shell-admin", "shell-admin"), new Input.CommandText(text)));
	}

}
