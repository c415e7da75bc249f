package eu.agora.twinning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A published pair or trio (or a pilot with its twins), in {@code twinning_pairs}: its
 * current status, derived from its steps ({@link PairStep}; the number of them is
 * {@code steps}), and where its follow-ups stand.
 *
 * @param id e.g. {@code T-7}
 * @param slot {@code cohort/round/n}: unique, so publishing a round twice creates no
 * second pair
 * @param nextFollowUpAt when to ask "did you meet?" next; {@code null} once final
 * @param followUps how many follow-ups were sent
 * @param unanswered how many of those in a row had no answer
 * @param paused paused after unanswered follow-ups: none are sent until its status moves
 * @param plan ids of the commitments of its replication plan
 * @param steps how many steps its history has
 * @param version bumped by every change, which guards it
 */
record Pair(@Id String id, String slot, String cohortId, String cohortName, int round, List<String> cities,
		String status, double score, List<String> reasons, Instant introducedAt, @Nullable Instant nextFollowUpAt,
		int followUps, int unanswered, boolean paused, List<String> plan, int steps, long version) {

	Pair {
		cities = List.copyOf(cities);
		reasons = List.copyOf(reasons);
		plan = (plan != null) ? List.copyOf(plan) : List.of();
	}

	PairStatus pairStatus() {
		return PairStatus.fromId(status);
	}

	/** Whether a follow-up is due at {@code now}. */
	boolean followUpDue(Instant now) {
		return !paused && nextFollowUpAt != null && !now.isBefore(nextFollowUpAt) && !pairStatus().isFinal();
	}

	Pair moved(PairStatus to, @Nullable Instant next) {
		return new Pair(id, slot, cohortId, cohortName, round, cities, to.id(), score, reasons, introducedAt,
				to.isFinal() ? null : next, followUps, 0, false, plan, steps + 1, version);
	}

	Pair answered(@Nullable Instant next) {
		return new Pair(id, slot, cohortId, cohortName, round, cities, status, score, reasons, introducedAt, next,
				followUps, 0, false, plan, steps, version);
	}

	Pair followedUp(Instant next) {
		return new Pair(id, slot, cohortId, cohortName, round, cities, status, score, reasons, introducedAt, next,
				followUps + 1, unanswered + 1, false, plan, steps, version);
	}

	Pair pausedNow() {
		return new Pair(id, slot, cohortId, cohortName, round, cities, status, score, reasons, introducedAt,
				nextFollowUpAt, followUps, unanswered, true, plan, steps, version);
	}

	Pair withPlanAction(String commitmentId) {
		List<String> more = new ArrayList<>(plan);
		more.add(commitmentId);
		return new Pair(id, slot, cohortId, cohortName, round, cities, status, score, reasons, introducedAt,
				nextFollowUpAt, followUps, unanswered, paused, more, steps, version);
	}

	Pair versioned(long newVersion) {
		return new Pair(id, slot, cohortId, cohortName, round, cities, status, score, reasons, introducedAt,
				nextFollowUpAt, followUps, unanswered, paused, plan, steps, newVersion);
	}

	/** Cities and id as people read them: {@code T-7 (Łódź, Seville)}. */
	String label(Function<String, String> cityName) {
		return id + " (" + String.join(", ", cities.stream().map(cityName).toList()) + ")";
	}

}
