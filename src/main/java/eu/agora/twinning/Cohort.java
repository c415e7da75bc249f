package eu.agora.twinning;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

import eu.agora.conversation.Slugs;

/**
 * A twinning cohort, in {@code twinning_cohorts}: its cities, the round it is in, and
 * that round's proposal until it is published. Its id is derived from the name.
 *
 * @param round the current round, from 1
 * @param proposal the current round's matching, once {@code /twin match} ran
 * @param published whether the current round's proposal was published
 * @param locks pairs of city keys the organisers locked together for this round
 * @param leftOut the cities earlier published rounds left unmatched, each reason naming
 * its round
 * @param createdBy the person who created it
 */
record Cohort(@Id String id, String name, List<String> cities, int round, @Nullable Proposal proposal,
		boolean published, List<List<String>> locks, List<Left> leftOut, String createdBy, Instant createdAt,
		long version) {

	Cohort {
		cities = List.copyOf(cities);
		locks = (locks != null) ? locks.stream().map(List::copyOf).toList() : List.of();
		leftOut = (leftOut != null) ? List.copyOf(leftOut) : List.of();
	}

	static String idFor(String name) {
		return Slugs.of(name);
	}

	Cohort with(List<String> newCities, @Nullable Proposal newProposal, List<List<String>> newLocks) {
		return new Cohort(id, name, newCities, round, newProposal, published, newLocks, leftOut, createdBy, createdAt,
				version);
	}

	Cohort publishedNow() {
		return new Cohort(id, name, cities, round, proposal, true, locks, leftOut, createdBy, createdAt, version);
	}

	Cohort nextRound() {
		List<Left> left = new ArrayList<>(leftOut);
		if (proposal != null) {
			proposal.unmatched().forEach((l) -> left.add(new Left(l.cityKey(), "round " + round + ": " + l.reason())));
		}
		return new Cohort(id, name, cities, round + 1, null, false, List.of(), left, createdBy, createdAt, version);
	}

	Cohort versioned(long newVersion) {
		return new Cohort(id, name, cities, round, proposal, published, locks, leftOut, createdBy, createdAt,
				newVersion);
	}

	/**
	 * A matching proposal for one round.
	 *
	 * @param mode {@code pairs} or {@code pilots}
	 * @param unmatched cities left out, each with the reason
	 */
	record Proposal(String mode, List<Group> groups, List<Left> unmatched, Instant at) {

		Proposal {
			groups = List.copyOf(groups);
			unmatched = List.copyOf(unmatched);
		}

		double total() {
			return groups.stream().mapToDouble(Group::score).sum();
		}

	}

	/** A proposed pair or trio (or a pilot with its twins), with its reasons. */
	record Group(List<String> cities, double score, List<String> reasons, boolean locked) {

		Group {
			cities = List.copyOf(cities);
			reasons = List.copyOf(reasons);
		}

	}

	/** A city the proposal leaves out, and why. */
	record Left(String cityKey, String reason) {
	}

}
