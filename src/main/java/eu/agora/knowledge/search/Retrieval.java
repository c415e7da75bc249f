package eu.agora.knowledge.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.agora.knowledge.KnowledgeProperties;

/**
 * Finds the passages that answer a question: BM25 and the embedding neighbours, each to a
 * depth of {@value #DEPTH}, fused by reciprocal rank fusion (Cormack et al., 2009) so
 * that a passage both rankings like comes first without calibrating their scores.
 */
@Component
class Retrieval {

	static final int DEPTH = 50;

	/** The RRF constant from the paper; it damps the weight of the very first ranks. */
	static final int K = 60;

	private final KnowledgeIndex index;

	private final Embeddings embeddings;

	private final double lexicalWeight;

	Retrieval(KnowledgeIndex index, Embeddings embeddings, KnowledgeProperties properties) {
		this.index = index;
		this.embeddings = embeddings;
		this.lexicalWeight = properties.lexicalWeight();
	}

	/** The hybrid ranking, best first, scores normalised to at most 1. */
	List<ScoredPassage> hybrid(String question, float[] vector, SearchFilter filter, int limit) {
		return fuse(index.lexical(question, filter, Math.max(DEPTH, limit)),
				index.semantic(vector, filter, Math.max(DEPTH, limit)), lexicalWeight, limit);
	}

	List<ScoredPassage> hybrid(String question, SearchFilter filter, int limit) {
		return hybrid(question, embeddings.embed(question), filter, limit);
	}

	List<ScoredPassage> lexical(String question, SearchFilter filter, int limit) {
		return index.lexical(question, filter, limit);
	}

	List<ScoredPassage> semantic(String question, SearchFilter filter, int limit) {
		return index.semantic(embeddings.embed(question), filter, limit);
	}

	static List<ScoredPassage> fuse(List<ScoredPassage> lexical, List<ScoredPassage> semantic, double lexicalWeight,
			int limit) {
		Map<String, Double> fused = new HashMap<>();
		add(fused, lexical, lexicalWeight);
		add(fused, semantic, 1);
		double best = (1 + lexicalWeight) / (K + 1);
		return fused.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
				.thenComparing(Map.Entry.comparingByKey()))
			.limit(limit)
			.map((entry) -> new ScoredPassage(entry.getKey(), entry.getValue() / best))
			.toList();
	}

	private static void add(Map<String, Double> fused, List<ScoredPassage> ranking, double weight) {
		for (int rank = 0; rank < ranking.size(); rank++) {
			fused.merge(ranking.get(rank).id(), weight / (K + rank + 1), Double::sum);
		}
	}

}
