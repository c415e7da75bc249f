package eu.agora.twinning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The cohort matching covers every city exactly once (pairs, one trio for an odd count),
 * reaches the exact optimum on small cohorts, never pairs an excluded pair, and finishes
 * on the dense graphs where Blossom V was reported to hang.
 */
class MatchingsTests {

	private final Matchings matchings = new Matchings(12);

	@ParameterizedTest
	@ValueSource(ints = { 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 })
	void onSmallCohortsTheTotalEqualsTheExhaustiveOptimum(int n) {
		for (long seed = 1; seed <= 8; seed++) {
			Matchings.Weights weights = ExhaustiveGrouping.random(n, seed * 31 + n);
			Matchings.Result result = matchings.match(n, weights);

			assertEveryCityOnce(n, result);
			assertThat(result.total(weights)).as("n=%d seed=%d %s", n, seed, ExhaustiveGrouping.describe(result))
				.isCloseTo(ExhaustiveGrouping.best(n, weights), within(1e-6));
		}
	}

	@Test
	void sevenCitiesMakeTwoPairsAndOneTrio() {
		Matchings.Result result = matchings.match(7, ExhaustiveGrouping.random(7, 7));

		assertThat(result.groups()).extracting((group) -> group.length).containsExactlyInAnyOrder(2, 2, 3);
		assertThat(result.unmatched()).isEmpty();
	}

	@Test
	void anExcludedPairIsNeverMatchedEvenWhenItScoresBest() {
		Matchings.Weights base = ExhaustiveGrouping.random(6, 3);
		Matchings.Weights weights = (i, j) -> ((i == 0 && j == 1) || (i == 1 && j == 0)) ? Double.NaN
				: (i + j == 1 ? 100 : base.of(i, j));

		Matchings.Result result = matchings.match(6, weights);

		assertEveryCityOnce(6, result);
		assertThat(result.groups()).noneMatch((group) -> contains(group, 0) && contains(group, 1));
	}

	@Test
	void aCityEveryPartnerIsForbiddenIsReportedUnmatchedNotDropped() {
		Matchings.Weights base = ExhaustiveGrouping.random(5, 11);
		Matchings.Weights weights = (i, j) -> (i == 4 || j == 4) ? Double.NaN : base.of(i, j);

		Matchings.Result result = matchings.match(5, weights);

		assertThat(result.unmatched()).containsExactly(4);
		assertThat(result.groups()).flatExtracting((group) -> Arrays.stream(group).boxed().toList())
			.containsExactlyInAnyOrder(0, 1, 2, 3);
	}

	@ParameterizedTest
	@ValueSource(ints = { 31, 32, 33, 64, 101 })
	void denseCohortsOfTheSizeBlossomVWasReportedToHangOnFinishAndCoverEveryone(int n) {
		for (long seed = 1; seed <= 10; seed++) {
			Matchings.Result result = new Matchings(n).match(n, ExhaustiveGrouping.random(n, seed));
			assertEveryCityOnce(n, result);
		}
	}

	@Test
	void aPrunedLargeCohortStillCoversEveryone() {
		int n = 301;
		Matchings.Result result = new Matchings(8).match(n, ExhaustiveGrouping.random(n, 5));

		assertEveryCityOnce(n, result);
		assertThat(result.groups()).filteredOn((group) -> group.length == 3).hasSize(1);
	}

	@Test
	void pilotsEachGetBetweenOneAndCapacityTwinsAndEveryOtherCityOnePilot() {
		Matchings.Weights weights = ExhaustiveGrouping.random(9, 2);
		List<int[]> groups = PilotMatchings.match(List.of(0, 1), List.of(2, 3, 4, 5, 6, 7, 8), weights, 4);

		assertThat(groups).hasSize(2).allSatisfy((group) -> assertThat(group.length).isBetween(2, 5));
		assertThat(groups).flatExtracting((group) -> Arrays.stream(group).boxed().toList())
			.containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8);
	}

	@Test
	void pilotsWithTooLittleCapacityGetNoAssignment() {
		assertThat(PilotMatchings.match(List.of(0), List.of(1, 2, 3), ExhaustiveGrouping.random(4, 1), 2)).isEmpty();
	}

	private static void assertEveryCityOnce(int n, Matchings.Result result) {
		List<Integer> seen = new ArrayList<>();
		result.groups().forEach((group) -> Arrays.stream(group).forEach(seen::add));
		seen.addAll(result.unmatched());
		assertThat(seen).containsExactlyInAnyOrderElementsOf(IntStream.range(0, n).boxed().toList());
		assertThat(result.unmatched()).isEmpty();
		long trios = result.groups().stream().filter((group) -> group.length == 3).count();
		assertThat(trios).isEqualTo(n % 2);
		assertThat(result.groups()).allSatisfy((group) -> assertThat(group.length).isBetween(2, 3));
	}

	private static boolean contains(int[] group, int city) {
		return Arrays.stream(group).anyMatch((member) -> member == city);
	}

}
