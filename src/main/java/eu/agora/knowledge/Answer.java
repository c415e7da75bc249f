package eu.agora.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import eu.agora.knowledge.search.SearchFilter;

/**
 * An answer Agora gave (see {@link Answers}): what was asked, the ranked passages (for
 * "more"), how sure it was, and the feedback each person gave.
 *
 * @param id {@code A-12}
 * @param question the question as answered (at most 1,000 characters)
 * @param filter the filters it was asked with
 * @param personId who asked
 * @param ranked the passage ids, best first
 * @param scores their scores, in the same order
 * @param confidence between 0 and 1
 * @param gapId the gap the question became, or {@code null}
 * @param askedAt when
 * @param feedback person id to {@code helpful} or {@code not-helpful}
 */
record Answer(String id, String question, SearchFilter filter, String personId, List<String> ranked,
		List<Double> scores, double confidence, @Nullable String gapId, Instant askedAt, Map<String, String> feedback) {

	Answer {
		ranked = List.copyOf(ranked);
		scores = List.copyOf(scores);
		feedback = (feedback != null) ? Map.copyOf(feedback) : Map.of();
	}

}
