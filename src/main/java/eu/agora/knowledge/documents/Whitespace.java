package eu.agora.knowledge.documents;

/**
 * Whitespace clean-up shared by the readers: runs of spaces (including no-break and other
 * Unicode spaces) become one space, lines are trimmed.
 */
final class Whitespace {

	private Whitespace() {
	}

	/**
	 * @return the text on one line with single spaces, trimmed
	 */
	static String collapse(String text) {
		if (isTidy(text, 0, text.length())) {
			return text;
		}
		StringBuilder collapsed = new StringBuilder(text.length());
		appendCollapsed(text, 0, text.length(), collapsed);
		return collapsed.toString();
	}

	/**
	 * @return the text with single spaces inside each line, every line trimmed
	 */
	static String tidyLines(String text) {
		StringBuilder tidy = new StringBuilder(text.length());
		int start = 0;
		while (start <= text.length()) {
			int end = lineEnd(text, start);
			if (start > 0) {
				tidy.append('\n');
			}
			appendCollapsed(text, start, end, tidy);
			start = (end < text.length() && text.charAt(end) == '\r' && end + 1 < text.length()
					&& text.charAt(end + 1) == '\n') ? end + 2 : end + 1;
		}
		return tidy.toString();
	}

	private static int lineEnd(String text, int start) {
		int end = start;
		while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
			end++;
		}
		return end;
	}

	private static void appendCollapsed(String text, int start, int end, StringBuilder out) {
		int mark = out.length();
		boolean space = false;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			if (isSpace(c)) {
				space = out.length() > mark;
			}
			else {
				if (space) {
					out.append(' ');
					space = false;
				}
				out.append(c);
			}
		}
	}

	private static boolean isTidy(String text, int start, int end) {
		boolean previousSpace = true;
		for (int i = start; i < end; i++) {
			char c = text.charAt(i);
			boolean space = isSpace(c);
			if (space && (previousSpace || c != ' ')) {
				return false;
			}
			previousSpace = space;
		}
		return !previousSpace || start == end;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0' || c == '\u200B'
				|| (c > 127 && Character.isSpaceChar(c)) || (c < 32 && Character.isWhitespace(c));
	}

}
