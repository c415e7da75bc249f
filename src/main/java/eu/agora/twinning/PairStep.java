package eu.agora.twinning;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * One status a pair reached, in the append-only {@code twinning_steps}: written before
 * the pair's current state, so a crash in between never loses it.
 *
 * @param id {@code T-7#n}, unique: two changes at once cannot both be step n
 * @param note what the person said, if anything
 * @param actorId the person who moved it; {@code null} for Agora itself
 */
record PairStep(@Id String id, String pairId, String cohort, List<String> cities, String status, @Nullable String note,
		@Nullable String actorId, Instant at) {

	PairStep {
		cities = List.copyOf(cities);
	}

	static String idFor(String pairId, int number) {
		return pairId + "#" + number;
	}

}
