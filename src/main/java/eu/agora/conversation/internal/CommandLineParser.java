package eu.agora.conversation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.agora.conversation.UserError;

/**
 * Splits the text grammar {@code /name sub positional… key:value key:"quoted value"} into
 * tokens. Straight and typographic double quotes both quote (Slack turns one into the
 * other); a backslash escapes a quote inside quotes.
 */
public final class CommandLineParser {

	private static final Pattern NAMED = Pattern.compile("([A-Za-z][A-Za-z0-9-]*):(.*)", Pattern.DOTALL);

	private static final String OPENING_QUOTES = "\"“„”";

	public CommandLine parse(String text) {
		String line = text.strip();
		if (line.startsWith("/")) {
			line = line.substring(1);
		}
		List<RawWord> words = split(line);
		if (words.isEmpty() || words.get(0).quotedFrom == 0) {
			throw new UserError("Type a command after the slash, e.g. `/help`.");
		}
		String command = words.get(0).text.toLowerCase(Locale.ROOT);
		List<Token> tokens = new ArrayList<>();
		for (RawWord word : words.subList(1, words.size())) {
			tokens.add(toToken(word));
		}
		return new CommandLine(command, tokens);
	}

	private Token toToken(RawWord word) {
		String unquotedHead = (word.quotedFrom < 0) ? word.text : word.text.substring(0, word.quotedFrom);
		Matcher named = NAMED.matcher(word.text);
		if (unquotedHead.contains(":") && named.matches() && !named.group(2).startsWith("//")) {
			return new Token(named.group(1).toLowerCase(Locale.ROOT), named.group(2), word.quotedFrom >= 0);
		}
		return new Token(null, word.text, word.quotedFrom >= 0);
	}

	private List<RawWord> split(String line) {
		List<RawWord> words = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		int quotedFrom = -1;
		boolean inWord = false;
		int i = 0;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (OPENING_QUOTES.indexOf(c) >= 0) {
				inWord = true;
				quotedFrom = (quotedFrom < 0) ? current.length() : quotedFrom;
				i = readQuoted(line, i + 1, current);
			}
			else if (Character.isWhitespace(c)) {
				if (inWord) {
					words.add(new RawWord(current.toString(), quotedFrom));
					current.setLength(0);
					quotedFrom = -1;
					inWord = false;
				}
				i++;
			}
			else {
				inWord = true;
				current.append(c);
				i++;
			}
		}
		if (inWord) {
			words.add(new RawWord(current.toString(), quotedFrom));
		}
		return words;
	}

	/**
	 * Appends the quoted text starting at {@code from}; returns the index after the
	 * closing quote.
	 */
	private int readQuoted(String line, int from, StringBuilder out) {
		int i = from;
		while (i < line.length()) {
			char c = line.charAt(i);
			if (c == '\\' && i + 1 < line.length() && OPENING_QUOTES.indexOf(line.charAt(i + 1)) >= 0) {
				out.append(line.charAt(i + 1));
				i += 2;
			}
			else if (OPENING_QUOTES.indexOf(c) >= 0) {
				return i + 1;
			}
			else {
				out.append(c);
				i++;
			}
		}
		throw new UserError("A quote is not closed: `" + abbreviate(line.substring(Math.max(0, from - 1))) + "`.",
				"Close it with \" — for example `title:\"Heat pumps for schools\"`.");
	}

	private static String abbreviate(String text) {
		return (text.length() <= 40) ? text : text.substring(0, 40) + "…";
	}

	private record RawWord(String text, int quotedFrom) {
	}

}
