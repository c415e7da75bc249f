package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Counts words and cuts text that is too long at sentence boundaries. A word is a run of
 * non-space characters with at least one letter or digit, so table separators do not
 * count.
 */
final class Words {

	private static final Pattern SENTENCE_END = Pattern
		.compile("(?<=[.!?…])[\"'”’)\\]]*\\s+(?=[\"'“‘(\\[]?[\\p{Lu}\\p{N}])");

	private Words() {
	}

	static int count(CharSequence text) {
		int words = 0;
		boolean inToken = false;
		boolean counted = false;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isWhitespace(c)) {
				inToken = false;
			}
			else {
				if (!inToken) {
					inToken = true;
					counted = false;
				}
				if (!counted && Character.isLetterOrDigit(c)) {
					counted = true;
					words++;
				}
			}
		}
		return words;
	}

	/**
	 * Cuts text into pieces of at most {@code max} words: at sentence ends, and a
	 * sentence that is still too long into runs of {@code max} words.
	 */
	static List<String> cut(String text, int max) {
		List<String> pieces = new ArrayList<>();
		for (String sentence : SENTENCE_END.split(text.strip())) {
			if (count(sentence) <= max) {
				pieces.add(sentence.strip());
			}
			else {
				pieces.addAll(runs(sentence, max));
			}
		}
		return pieces;
	}

	private static List<String> runs(String sentence, int max) {
		List<String> runs = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int words = 0;
		for (String token : sentence.strip().split("\\s+")) {
			if (words == max) {
				runs.add(run.toString());
				run.setLength(0);
				words = 0;
			}
			if (!run.isEmpty()) {
				run.append(' ');
			}
			run.append(token);
			words += count(token);
		}
		if (!run.isEmpty()) {
			runs.add(run.toString());
		}
		return runs;
	}

}
