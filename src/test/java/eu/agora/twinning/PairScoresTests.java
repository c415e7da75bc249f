package eu.agora.twinning;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A pair's score is the sum of its reasons, each in plain words; having been twins before
 * costs 10 points that halve with every half-life; statuses are read generously.
 */
class PairScoresTests {

	private static final Instant NOW = Instant.parse("2027-01-01T00:00:00Z");

	private final TwinProfile lodz = new TwinProfile("lodz", "Łódź", "PL", "Europe/Warsaw", true, Set.of("buildings"),
			Set.of("energy"), List.of("pl", "en"), 670_000L, false, 40, null, false);

	private final TwinProfile seville = new TwinProfile("seville", "Seville", "ES", "Europe/Madrid", false,
			Set.of("energy"), Set.of("buildings"), List.of("es", "en"), 690_000L, false, 10, null, false);

	@Test
	void theScoreIsTheSumOfItsReasonsEachInPlainWords() {
		PairScore score = new PairScores(Map.of(), NOW, Duration.ofDays(180)).score(lodz, seville);

		assertThat(score.reasons()).extracting(PairScore.Reason::shown)
			.containsExactly("Łódź is strong in Buildings, which Seville needs (+3.0)",
					"Seville is strong in Energy, which Łódź needs (+3.0)", "a shared working language: English (+2.0)",
					"similar size (670,000 and 690,000 people) (+1.9)",
					"Łódź is further along (readiness 40 and 10): room to learn from each other (+1.5)",
					"a Mission City with a European city: knowledge travels beyond the Mission (+0.5)");
		assertThat(score.total()).isCloseTo(11.9, within(1e-9));
		assertThat(new PairScores(Map.of(), NOW, Duration.ofDays(180)).total(lodz, seville)).isEqualTo(score.total());
	}

	@Test
	void havingBeenTwinsBeforeCostsAPenaltyThatHalvesWithEachHalfLife() {
		PairScores.PastMeeting lastYear = new PairScores.PastMeeting("T-3", "Heat 2026", 1,
				NOW.minus(Duration.ofDays(180)));
		PairScores scores = new PairScores(Map.of(PairScores.key("seville", "lodz"), List.of(lastYear)), NOW,
				Duration.ofDays(180));

		assertThat(scores.score(lodz, seville).reasons()).last()
			.extracting(PairScore.Reason::shown)
			.isEqualTo("already twins in Heat 2026 round 1 (T-3, 2026-07-05), fading with time (-5.0)");
	}

	@Test
	void statusesAreReadWithAnySpacingOrCase() {
		assertThat(PairStatus.parse("replication plan")).contains(PairStatus.REPLICATION_PLAN);
		assertThat(PairStatus.parse("Replication-Plan")).contains(PairStatus.REPLICATION_PLAN);
		assertThat(PairStatus.parse("SITE_VISIT")).contains(PairStatus.SITE_VISIT);
		assertThat(PairStatus.parse("sitevisit")).contains(PairStatus.SITE_VISIT);
		assertThat(PairStatus.parse("flying")).isEmpty();
	}

}
