package eu.agora.knowledge.documents;

import java.util.List;

/**
 * Joins the lines of a paragraph that print wrapped: a line that breaks mid-sentence (the
 * next starts in lower case) continues with a space, a word hyphenated across the break
 * is mended; other line breaks are kept, since in converted documents they often separate
 * items.
 */
final class WrappedLines {

	private WrappedLines() {
	}

	static String join(List<String> lines) {
		StringBuilder text = new StringBuilder();
		for (String raw : lines) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			if (text.isEmpty()) {
				text.append(line);
			}
			else if (!Character.isLowerCase(line.codePointAt(0))) {
				text.append('\n').append(line);
			}
			else if (isHyphenated(text)) {
				text.setLength(text.length() - 1);
				text.append(line);
			}
			else {
				text.append(' ').append(line);
			}
		}
		return text.toString();
	}

	private static boolean isHyphenated(CharSequence text) {
		int end = text.length();
		return end >= 2 && text.charAt(end - 1) == '-' && Character.isLowerCase(text.charAt(end - 2));
	}

}
