package eu.agora.conversation;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean …?": the candidates nearest to what was typed.
 */
public final class Suggestions {

	private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

	private Suggestions() {
	}

	/**
	 * Up to {@code limit} candidates within a small edit distance of {@code typed},
	 * nearest first; candidates that start with what was typed count as near.
	 */
	public static List<String> nearest(String typed, Collection<String> candidates, int limit) {
		String probe = typed.toLowerCase(Locale.ROOT);
		int tolerance = Math.max(2, probe.length() / 3);
		return candidates.stream()
			.map((candidate) -> new Scored(candidate, score(probe, candidate.toLowerCase(Locale.ROOT))))
			.filter((scored) -> scored.distance <= tolerance)
			.sorted(Comparator.comparingInt(Scored::distance).thenComparing(Scored::candidate))
			.limit(limit)
			.map(Scored::candidate)
			.toList();
	}

	/** "Did you mean a or b?" or an empty string when nothing is near. */
	public static String didYouMean(String typed, Collection<String> candidates, String prefix) {
		List<String> near = nearest(typed, candidates, 3);
		if (near.isEmpty()) {
			return "";
		}
		return "Did you mean " + String.join(" or ", near.stream().map((name) -> prefix + name).toList()) + "?";
	}

	private static int score(String probe, String candidate) {
		if (!probe.isEmpty() && candidate.startsWith(probe)) {
			return 1;
		}
		return DISTANCE.apply(probe, candidate);
	}

	private record Scored(String candidate, int distance) {
	}

}
