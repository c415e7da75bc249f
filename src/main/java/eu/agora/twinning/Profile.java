package eu.agora.twinning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * What a city declared for twinning, in {@code twinning_profiles}; what is not declared
 * is derived from the directory and the ledger ({@link TwinProfile}).
 *
 * @param strengths domain or lever ids; empty: derived from its commitments
 * @param languages ISO 639-1 codes; empty: the directory's
 * @param pausedUntil not matched before this day (it resumes by itself on it)
 * @param optedOut not matched until it opts in again with {@code /twin resume}
 * @param updatedBy the person who last changed it
 */
record Profile(@Id String cityKey, List<String> strengths, List<String> needs, List<String> languages,
		@Nullable Long population, boolean pilot, @Nullable String office, @Nullable LocalDate pausedUntil,
		boolean optedOut, @Nullable String updatedBy, @Nullable Instant updatedAt, long version) {

	Profile {
		strengths = (strengths != null) ? List.copyOf(strengths) : List.of();
		needs = (needs != null) ? List.copyOf(needs) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
	}

	static Profile empty(String cityKey) {
		return new Profile(cityKey, List.of(), List.of(), List.of(), null, false, null, null, false, null, null, 0);
	}

	/** Whether the city takes part in matching on {@code today}. */
	boolean available(LocalDate today) {
		return !optedOut && (pausedUntil == null || !today.isBefore(pausedUntil));
	}

	Profile paused(@Nullable LocalDate until, boolean out) {
		return new Profile(cityKey, strengths, needs, languages, population, pilot, office, until, out, updatedBy,
				updatedAt, version);
	}

	Profile changedBy(String personId, Instant at) {
		return new Profile(cityKey, strengths, needs, languages, population, pilot, office, pausedUntil, optedOut,
				personId, at, version + 1);
	}

}
