package eu.agora.knowledge.documents;

import org.jspecify.annotations.Nullable;

/**
 * The first non-empty line of a text, as a title when it is short enough to be one.
 */
final class FirstLine {

	private FirstLine() {
	}

	/**
	 * @return the first non-blank line, trimmed, or {@code null} if it is longer than
	 * {@code longest} characters or there is none
	 */
	static @Nullable String of(String text, int longest) {
		return text.lines()
			.map(Whitespace::collapse)
			.filter((line) -> !line.isEmpty())
			.findFirst()
			.filter((line) -> line.length() <= longest)
			.orElse(null);
	}

}
