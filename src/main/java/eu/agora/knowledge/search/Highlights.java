package eu.agora.knowledge.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;

/**
 * The sentences of a passage that answer a question best: those sharing the most of the
 * question's terms, at most {@value #MAX} of them, in text order.
 */
final class Highlights {

	static final int MAX = 2;

	private Highlights() {
	}

	static List<String> of(Analyzer analyzer, Set<String> questionTerms, String text) {
		List<Scored> sentences = new ArrayList<>();
		BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
		boundaries.setText(text);
		int start = boundaries.first();
		for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
			String sentence = text.substring(start, end).strip();
			if (sentence.length() < 20) {
				continue;
			}
			long shared = Terms.of(analyzer, sentence).stream().filter(questionTerms::contains).count();
			if (shared > 0) {
				sentences.add(new Scored(sentence, start, shared));
			}
		}
		return sentences.stream()
			.sorted(Comparator.comparingLong(Scored::shared).reversed().thenComparingInt(Scored::start))
			.limit(MAX)
			.sorted(Comparator.comparingInt(Scored::start))
			.map(Scored::sentence)
			.toList();
	}

	private record Scored(String sentence, int start, long shared) {
	}

}
