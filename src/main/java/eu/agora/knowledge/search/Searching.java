package eu.agora.knowledge.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

import org.springframework.stereotype.Component;

/**
 * Searches the knowledge base: the passages that answer a question, best first, with how
 * sure the answer is, and the words of a passage to highlight.
 */
@Component
public class Searching {

	static final int CORRECTED_LENGTH = 4;

	private static final Pattern WORD = Pattern.compile("\\p{L}+");

	/** How many passages a search ranks. */
	public static final int RANKED = 15;

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
		return find(question, filter, RANKED);
	}

	/** The same, ranking {@code depth} passages. */
	public Found find(String question, SearchFilter filter, int depth) {
		return find(question, "", filter, depth);
	}

	/**
	 * The same, where {@code given} are words of the question the filter already stands
	 * for (the places it names): they count as found in every passage it lets through.
	 */
	public Found find(String question, String given, SearchFilter filter, int depth) {
		float[] vector = embeddings.embed(question);
		List<ScoredPassage> hits = retrieval.hybrid(without(question, given), vector, filter, depth);
		List<Passage> found = passages.byIds(hits.stream().map(ScoredPassage::id).toList());
		Map<String, Double> scores = new HashMap<>();
		hits.forEach((hit) -> scores.put(hit.id(), hit.score()));
		double confidence = 0;
		Map<String, Map<String, Double>> termsByLanguage = new HashMap<>();
		for (Passage passage : found.subList(0, Math.min(3, found.size()))) {
			confidence = Math.max(confidence,
					Confidence.of(vector,
							termsByLanguage.computeIfAbsent(passage.language(),
									(language) -> questionTerms(question, language)),
							passage, termsOf(passage, given)));
		}
		return new Found(found.stream().map(Passage::id).toList(), found, scores, confidence);
	}

	/**
	 * {@code question} without the words the filter stands for: inside one city's
	 * documents its name tells passages apart only by how often they repeat it, and as a
	 * rare word overall it would outweigh the words that ask something.
	 */
	static String without(String question, String given) {
		String searched = question;
		for (String word : given.split("\\s+")) {
			if (!word.isBlank()) {
				searched = Pattern.compile("(?iu)(?<!\\p{L})" + Pattern.quote(word) + "(?!\\p{L})")
					.matcher(searched)
					.replaceAll(" ");
			}
		}
		return searched.isBlank() ? question : searched;
	}

	/**
	 * {@code question} with each word the index does not know (in any language) replaced
	 * by the nearest indexed term: {@code misson lable} becomes {@code mission label}.
	 * Words of fewer than {@value #CORRECTED_LENGTH} letters are left alone, and so are
	 * capitalised words after the first (names: "Atlantis Bay" is not a typo of
	 * "Atlantic").
	 */
	public String corrected(String question) {
		Analyzer english = analyzers.forLanguage("en");
		Matcher words = WORD.matcher(question);
		StringBuilder out = new StringBuilder();
		while (words.find()) {
			String word = words.group();
			String replacement = word;
			boolean name = words.start() > 0 && Character.isUpperCase(word.codePointAt(0));
			if (word.length() >= CORRECTED_LENGTH && !name) {
				Set<String> terms = Terms.of(english, word);
				if (terms.size() == 1) {
					replacement = index.nearestTerm(terms.iterator().next()).orElse(word);
				}
			}
			words.appendReplacement(out, Matcher.quoteReplacement(replacement));
		}
		words.appendTail(out);
		return out.toString();
	}

	/** Whether the index is being rebuilt, so that searches would miss documents. */
	public boolean rebuilding() {
		return index.rebuilding() != null;
	}

	/** How far the rebuild is, e.g. {@code 12 of 72 documents}; empty when none runs. */
	public String rebuildProgress() {
		int[] progress = index.rebuilding();
		return (progress == null) ? "" : progress[0] + " of " + progress[1] + " documents";
	}

	/**
	 * The sentences of {@code passage} that answer {@code question}, best first, cleaned
	 * of table debris, at most {@code max}.
	 */
	public List<String> answeringSentences(String question, Passage passage, int max) {
		return answering(question, passage).stream().limit(max).map(Sentences.Scored::sentence).toList();
	}

	/** How well the best sentence of {@code passage} answers {@code question}. */
	public double bestSentenceWeight(String question, Passage passage) {
		return answering(question, passage).stream().mapToDouble(Sentences.Scored::weight).findFirst().orElse(0);
	}

	private List<Sentences.Scored> answering(String question, Passage passage) {
		return Sentences.answering(analyzers.forLanguage(passage.language()),
				questionTerms(question, passage.language()), passage.text());
	}

	private Map<String, Double> questionTerms(String question, String language) {
		return index.weights(language, Terms.ofQuestion(analyzers.forLanguage(language), question));
	}

	private Set<String> termsOf(Passage passage, String given) {
		return Terms.of(analyzers.forLanguage(passage.language()),
				given + "\n" + passage.section() + "\n" + passage.text());
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
