package eu.agora.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

import org.springframework.stereotype.Component;

/**
 * Searches the knowledge base: the passages that answer a question, best first, with how
 * sure the answer is, and the words of a passage to highlight.
 */
@Component
public class Searching {

	/** How many passages a search ranks. */
	static final int RANKED = 15;

	private final Retrieval retrieval;

	private final KnowledgeIndex index;

	private final Embeddings embeddings;

	private final Passages passages;

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

	Searching(Retrieval retrieval, KnowledgeIndex index, Embeddings embeddings, Passages passages) {
		this.retrieval = retrieval;
		this.index = index;
		this.embeddings = embeddings;
		this.passages = passages;
	}

	/**
	 * The ranking behind {@code question}: passages, their scores, and the confidence.
	 */
	public Found find(String question, SearchFilter filter) {
		float[] vector = embeddings.embed(question);
		List<ScoredPassage> hits = retrieval.hybrid(question, vector, filter, RANKED);
		List<Passage> found = passages.byIds(hits.stream().map(ScoredPassage::id).toList());
		Map<String, Double> scores = new HashMap<>();
		hits.forEach((hit) -> scores.put(hit.id(), hit.score()));
		double confidence = 0;
		Map<String, Map<String, Double>> termsByLanguage = new HashMap<>();
		for (Passage passage : found.subList(0, Math.min(3, found.size()))) {
			confidence = Math.max(confidence, Confidence.of(vector, termsByLanguage.computeIfAbsent(passage.language(),
					(language) -> questionTerms(question, language)), passage, termsOf(passage)));
		}
		return new Found(found.stream().map(Passage::id).toList(), found, scores, confidence);
	}

	/** The parts of the passage's text that match the question's terms. */
	public List<String> highlights(String question, Passage passage) {
		Analyzer analyzer = analyzers.forLanguage(passage.language());
		return Highlights.of(analyzer, Terms.of(analyzer, question), passage.text());
	}

	private Map<String, Double> questionTerms(String question, String language) {
		return index.weights(language, Terms.ofQuestion(analyzers.forLanguage(language), question));
	}

	private Set<String> termsOf(Passage passage) {
		return Terms.of(analyzers.forLanguage(passage.language()), passage.section() + "\n" + passage.text());
	}

	/**
	 * What a search found.
	 *
	 * @param ranked the passage ids, best first
	 * @param passages the passages, in the same order
	 * @param scores each passage's score, by id
	 * @param confidence between 0 and 1
	 */
	public record Found(List<String> ranked, List<Passage> passages, Map<String, Double> scores, double confidence) {

		public List<Double> scoreList() {
			return ranked.stream().map((id) -> scores.getOrDefault(id, 0.0)).toList();
		}

	}

}
