package eu.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The search terms of a text as the index sees them: stop words dropped, diacritics
 * folded, stemmed.
 */
final class Terms {

	private Terms() {
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
	 * The share of {@code wanted} that {@code present} contains, 0 when nothing is
	 * wanted.
	 */
	static double coverage(Set<String> wanted, Set<String> present) {
		if (wanted.isEmpty()) {
			return 0;
		}
		return wanted.stream().filter(present::contains).count() / (double) wanted.size();
	}

}
