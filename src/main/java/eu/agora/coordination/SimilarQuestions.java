package eu.agora.coordination;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Groups questions that ask about the same thing, so that a tier sees "4 cities ask about
 * …" instead of four lines: two questions are alike when most of their content words are
 * shared (Jaccard similarity of the words of four letters or more).
 */
final class SimilarQuestions {

	static final double ALIKE = 0.4;

	private static final Set<String> COMMON = Set.of("what", "which", "when", "where", "about", "does", "have", "with",
			"from", "that", "this", "there", "their", "into", "your", "would", "could", "should", "shall", "will",
			"city", "cities", "them", "they", "more", "other", "some", "also", "like");

	private SimilarQuestions() {
	}

	/** Groups of alike items, each in the order given, groups by their first item. */
	static <T> List<List<T>> group(List<T> items, Function<T, String> question) {
		List<List<T>> groups = new ArrayList<>();
		List<Set<String>> words = new ArrayList<>();
		for (T item : items) {
			Set<String> mine = words(question.apply(item));
			int best = -1;
			double bestScore = 0;
			for (int i = 0; i < groups.size(); i++) {
				double score = jaccard(mine, words.get(i));
				if (score >= ALIKE && score > bestScore) {
					best = i;
					bestScore = score;
				}
			}
			if (best < 0) {
				groups.add(new ArrayList<>(List.of(item)));
				words.add(mine);
			}
			else {
				groups.get(best).add(item);
			}
		}
		return groups;
	}

	static Set<String> words(String question) {
		Set<String> words = new LinkedHashSet<>();
		for (String word : NameFolding.fold(question).split("[^\\p{L}\\p{N}]+")) {
			if (word.length() >= 4 && !COMMON.contains(word)) {
				words.add(word.length() > 6 ? word.substring(0, 6) : word);
			}
		}
		return words;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		long shared = a.stream().filter(b::contains).count();
		return (double) shared / union.size();
	}

}
