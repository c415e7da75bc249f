package eu.agora.knowledge.search;

import java.util.Map;
import java.util.Set;

/**
 * How sure Agora is that a passage answers a question, between 0 and 1: the cosine
 * similarity of their embeddings (rescaled from the range where all-MiniLM-L6-v2 tells
 * unrelated from related text) blended with the share of the question's terms the passage
 * contains. Calibrated on the benchmark's answerable and unanswerable questions
 * (docs/BENCHMARKS.md).
 */
final class Confidence {

	static final double COSINE_FLOOR = 0.2;

	static final double COSINE_CEILING = 0.7;

	static final double COSINE_WEIGHT = 0.6;

	private Confidence() {
	}

	static double of(float[] question, Map<String, Double> questionTerms, Passage passage, Set<String> passageTerms) {
		double cosine = Vectors.dot(question, passage.vector());
		double semantic = Math.clamp((cosine - COSINE_FLOOR) / (COSINE_CEILING - COSINE_FLOOR), 0.0, 1.0);
		double lexical = Terms.coverage(questionTerms, passageTerms);
		return COSINE_WEIGHT * semantic + (1 - COSINE_WEIGHT) * lexical;
	}

}
