package eu.agora.knowledge.documents;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The running headers, footers and page numbers that documents converted from print carry
 * into their text: short lines repeated many times, lone numbers, one or two stray
 * characters. Such lines are dropped from paragraphs.
 */
final class PageFurniture {

	private static final int REPEATS = 5;

	private static final int SHORT_LINE_WORDS = 8;

	private static final int SHORT_LINE_CHARS = 60;

	private static final Pattern PAGE_NUMBER = Pattern
		.compile("(?i)(page\\s*)?\\d{1,4}(\\s*(/|of)\\s*\\d{1,4})?|[-–—]\\s*\\d{1,4}\\s*[-–—]|[^\\s\\d]{1,2}");

	private final Set<String> repeated;

	private PageFurniture(Set<String> repeated) {
		this.repeated = repeated;
	}

	/**
	 * @param lines every line of the document that could be body text
	 */
	static PageFurniture of(List<String> lines) {
		Map<String, Integer> counts = new HashMap<>();
		for (String line : lines) {
			if (line.length() > 2 * SHORT_LINE_CHARS) {
				continue;
			}
			String key = Whitespace.collapse(line);
			if (!key.isEmpty() && key.length() <= SHORT_LINE_CHARS && Words.count(key) <= SHORT_LINE_WORDS) {
				counts.merge(key, 1, Integer::sum);
			}
		}
		return new PageFurniture(counts.entrySet()
			.stream()
			.filter((entry) -> entry.getValue() >= REPEATS)
			.map(Map.Entry::getKey)
			.collect(Collectors.toUnmodifiableSet()));
	}

	static PageFurniture none() {
		return new PageFurniture(Set.of());
	}

	boolean isFurniture(String line) {
		String key = Whitespace.collapse(line);
		return this.repeated.contains(key) || PAGE_NUMBER.matcher(key).matches();
	}

	/**
	 * @return the lines that are not furniture, in order
	 */
	List<String> strip(List<String> lines) {
		return lines.stream().filter((line) -> !line.isBlank() && !isFurniture(line)).toList();
	}

}
