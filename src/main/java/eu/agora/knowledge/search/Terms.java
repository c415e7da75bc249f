package eu.agora.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search terms of a text as the index sees them: stop words dropped, diacritics
 * folded, stemmed.
 */
final class Terms {

	/**
	 * Words that make a sentence a question or a request and say nothing about its
	 * subject; they are left out of a question's terms when judging an answer.
	 */
	private static final Pattern QUESTION_WORDS = Pattern
		.compile("(?iu)\\b(what|which|who|whom|whose|when|where|why|how|does|do|did|done|can|could|would|should|"
				+ "may|might|must|shall|about|any|there|i|we|you|me|my|our|your|please|tell|know|is|are|was|were)\\b");

	private Terms() {
	}

	/** The terms of a question, without the words that only make it a question. */
	static Set<String> ofQuestion(Analyzer analyzer, String question) {
		return of(analyzer, QUESTION_WORDS.matcher(question).replaceAll(" "));
	}

	static Set<String> of(Analyzer analyzer, String text) {
		Set<String> terms = new LinkedHashSet<>();
		try (TokenStream stream = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				terms.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return terms;
	}

	/**
	 * The weighted share of {@code wanted} (term to weight) that {@code present}
	 * contains, 0 when nothing is wanted.
	 */
	static double coverage(Map<String, Double> wanted, Set<String> present) {
		double total = wanted.values().stream().mapToDouble(Double::doubleValue).sum();
		if (total == 0) {
			return 0;
		}
		return wanted.entrySet()
			.stream()
			.filter((entry) -> present.contains(entry.getKey()))
			.mapToDouble(Map.Entry::getValue)
			.sum() / total;
	}

}
