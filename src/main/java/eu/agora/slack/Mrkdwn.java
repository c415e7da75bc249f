package eu.agora.slack;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Agora's light markup as Slack mrkdwn: {@code **bold**} becomes {@code *bold*},
 * {@code [label](url)} becomes {@code <url|label>}, list dashes become bullets, and
 * {@code & < >} are escaped as Slack requires.
 */
final class Mrkdwn {

	private Mrkdwn() {
	}

	static String of(@Nullable String markup) {
		if (markup == null) {
			return "";
		}
		String escaped = markup.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
		return escaped.replaceAll("\\*\\*(.+?)\\*\\*", "*$1*")
			.replaceAll("\\[([^\\]]+)\\]\\((\\S+?)\\)", "<$2|$1>")
			.replaceAll("(?m)^- ", "• ");
	}

	/** Cuts {@code text} at {@code max} characters, marking the cut. */
	static String truncate(String text, int max) {
		return (text.length() <= max) ? text : text.substring(0, max - 1) + "…";
	}

	/**
	 * Splits {@code text} into pieces of at most {@code max} characters, preferring
	 * paragraph and line breaks, then spaces.
	 */
	static List<String> split(String text, int max) {
		List<String> pieces = new ArrayList<>();
		String rest = text;
		while (rest.length() > max) {
			int cut = cutPoint(rest, max);
			pieces.add(rest.substring(0, cut).stripTrailing());
			rest = rest.substring(cut).stripLeading();
		}
		if (!rest.isEmpty() || pieces.isEmpty()) {
			pieces.add(rest);
		}
		return pieces;
	}

	private static int cutPoint(String text, int max) {
		for (String separator : new String[] { "\n\n", "\n", " " }) {
			int at = text.lastIndexOf(separator, max - separator.length());
			if (at > max / 2) {
				return at + separator.length();
			}
		}
		return max;
	}

}
