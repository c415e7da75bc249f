package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into pieces of at most a given length, preferring line breaks, then spaces,
 * so long replies become several messages or embeds instead of failing.
 */
final class Chunks {

	private Chunks() {
	}

	static List<String> split(String text, int max) {
		List<String> chunks = new ArrayList<>();
		String rest = text;
		while (rest.length() > max) {
			int cut = cut(rest, max);
			chunks.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		if (!rest.isEmpty() || chunks.isEmpty()) {
			chunks.add(rest);
		}
		return chunks;
	}

	/** Shortens to {@code max} characters with an ellipsis. */
	static String shorten(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	private static int cut(String text, int max) {
		int newline = text.lastIndexOf('\n', max);
		if (newline > max / 2) {
			return newline;
		}
		int space = text.lastIndexOf(' ', max);
		if (space > max / 2) {
			return space;
		}
		boolean splitsPair = Character.isHighSurrogate(text.charAt(max - 1));
		return splitsPair ? max - 1 : max;
	}

}
