package eu.agora.conversation;

import java.text.Normalizer;
import java.util.Optional;

/**
 * The rule for a name a person gives a thing (a city, an organisation, a panel, a
 * commitment's title): it must have a visible character, and may hold no control
 * character (escape sequences among them) and no bidirectional override or isolate, which
 * would make it read differently from what it is. Zero-width characters alone are not a
 * name.
 */
public final class Names {

	private Names() {
	}

	/**
	 * The name, stripped and in Unicode NFC.
	 * @param what how to call the name in the reply, e.g. {@code A panel's name}
	 * @throws UserError naming what is wrong with it
	 */
	public static String checked(String what, String typed) {
		String name = Normalizer.normalize(typed, Normalizer.Form.NFC).strip();
		Optional<String> problem = problem(name);
		if (problem.isPresent()) {
			throw new UserError(what + " " + problem.get() + ".", "Type it again as plain text.");
		}
		return name;
	}

	/**
	 * What is wrong with {@code name}, to follow its subject ("can't hold control
	 * characters…"), or empty when it is a good name.
	 */
	public static Optional<String> problem(String name) {
		if (name.chars().anyMatch(Character::isISOControl)) {
			return Optional.of("can't hold control characters such as tabs, line breaks or escapes");
		}
		if (name.chars().anyMatch((c) -> isBidiControl((char) c))) {
			return Optional
				.of("can't hold right-to-left or left-to-right override marks (right-to-left letters are fine)");
		}
		if (name.codePoints().noneMatch(Names::isVisible)) {
			return Optional
				.of("needs at least one visible letter, digit or sign, not only spaces or invisible characters");
		}
		return Optional.empty();
	}

	private static boolean isBidiControl(char c) {
		return (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E' || c == '\u200F'
				|| c == '\u061C';
	}

	private static boolean isVisible(int codePoint) {
		if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
			return false;
		}
		int type = Character.getType(codePoint);
		return type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.ENCLOSING_MARK
				&& type != Character.CONTROL && type != Character.UNASSIGNED && type != Character.PRIVATE_USE
				&& codePoint != 0x3164 && codePoint != 0x115F && codePoint != 0x1160 && codePoint != 0xFFA0;
	}

}
