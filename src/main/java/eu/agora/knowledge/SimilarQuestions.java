package eu.agora.knowledge;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether two questions ask the same thing in other words: the share of their content
 * words (question and filler words left out, plural and verb endings cut, diacritics
 * folded) that they have in common, at least {@value #SAME}.
 */
final class SimilarQuestions {

	static final double SAME = 0.6;

	private static final Set<String> FILLER = Set.of("what", "which", "who", "whom", "whose", "when", "where", "why",
			"how", "does", "do", "did", "can", "could", "would", "should", "will", "is", "are", "was", "were", "the",
			"a", "an", "of", "in", "on", "for", "to", "and", "or", "with", "by", "at", "from", "about", "any", "there",
			"their", "its", "it", "this", "that", "these", "those", "we", "you", "our", "your", "me", "my", "please",
			"tell", "know", "has", "have", "city", "cities");

	private SimilarQuestions() {
	}

	static boolean same(String one, String other) {
		Set<String> a = words(one);
		Set<String> b = words(other);
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		long shared = a.stream().filter(b::contains).count();
		return shared / (double) (a.size() + b.size() - shared) >= SAME;
	}

	static Set<String> words(String question) {
		return Arrays.stream(question.split("[^\\p{L}\\p{N}]+"))
			.map(PlacesNamed::folded)
			.filter((word) -> word.length() > 1 && !FILLER.contains(word))
			.map(SimilarQuestions::stem)
			.collect(Collectors.toSet());
	}

	private static String stem(String word) {
		for (String ending : new String[] { "ies", "ing", "es", "ed", "s" }) {
			if (word.length() > ending.length() + 3 && word.endsWith(ending)) {
				return word.substring(0, word.length() - ending.length());
			}
		}
		return word;
	}

}
