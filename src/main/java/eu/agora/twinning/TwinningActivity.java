package eu.agora.twinning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * Port: what happened in twinning, for features that report on it (digests) without
 * reading twinning's storage.
 */
public interface TwinningActivity {

	/**
	 * Every status a pair or trio reached in {@code [from, to)} where one of its cities
	 * is in {@code cityKeys}, oldest first.
	 */
	List<TwinningStep> stepsBetween(Collection<String> cityKeys, Instant from, Instant to);

	/**
	 * A pair or trio reached a status.
	 *
	 * @param pairId the pair's id, e.g. {@code T-7}
	 * @param cohort the cohort it was matched in
	 * @param cityKeys its cities
	 * @param status the status reached: {@code introduced}, {@code met},
	 * {@code exchanging}, {@code site-visit}, {@code replication-plan}, {@code adopted}
	 * or {@code stopped}
	 * @param at when
	 */
	record TwinningStep(String pairId, String cohort, List<String> cityKeys, String status, Instant at) {

		public TwinningStep {
			cityKeys = List.copyOf(cityKeys);
		}

	}

}
