package eu.agora.panels;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Drafts a session's outcome: for each round its question and its key points,
 * near-identical points merged; then the agenda's questions no round took up.
 * Results-oriented: no names.
 */
final class OutcomeDrafts {

	static final double SAME_POINT = 0.7;

	private OutcomeDrafts() {
	}

	static String draft(PanelSession session, List<KeyPoint> points) {
		StringBuilder text = new StringBuilder("**" + session.topic() + "** — outcome\n");
		for (PanelSession.Round round : session.rounds()) {
			text.append("\n**").append(round.number()).append(". ").append(round.question()).append("**\n");
			List<String> merged = merged(
					points.stream().filter((p) -> p.round() == round.number()).map(KeyPoint::text).toList());
			if (merged.isEmpty()) {
				text.append("- (no key points)\n");
			}
			merged.forEach((point) -> text.append("- ").append(point).append('\n'));
		}
		List<String> open = session.questions()
			.stream()
			.filter((q) -> session.rounds().stream().noneMatch((r) -> r.question().equals(q)))
			.toList();
		if (!open.isEmpty()) {
			text.append("\n**Open questions**\n");
			open.forEach((q) -> text.append("- ").append(q).append('\n'));
		}
		return text.toString().strip();
	}

	/**
	 * Each point once; a near-identical one counts for the first, which notes how often
	 * it came up.
	 */
	static List<String> merged(List<String> points) {
		List<String> kept = new ArrayList<>();
		List<Set<String>> words = new ArrayList<>();
		List<Integer> times = new ArrayList<>();
		for (String point : points) {
			Set<String> these = words(point);
			int same = -1;
			for (int i = 0; i < kept.size() && same < 0; i++) {
				if (similarity(words.get(i), these) >= SAME_POINT) {
					same = i;
				}
			}
			if (same < 0) {
				kept.add(point);
				words.add(these);
				times.add(1);
			}
			else {
				times.set(same, times.get(same) + 1);
			}
		}
		List<String> result = new ArrayList<>();
		for (int i = 0; i < kept.size(); i++) {
			result.add(kept.get(i) + ((times.get(i) > 1) ? " (raised " + times.get(i) + " times)" : ""));
		}
		return result;
	}

	private static Set<String> words(String text) {
		return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter((word) -> !word.isEmpty())
			.collect(Collectors.toSet());
	}

	private static double similarity(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return (double) common.size() / all.size();
	}

}
