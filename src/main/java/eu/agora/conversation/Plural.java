package eu.agora.conversation;

import java.util.Locale;

/**
 * A count with its noun in the right number, for replies: "1 panel", "3 panels", "1
 * city", "0 cities".
 */
public final class Plural {

	private Plural() {
	}

	/** {@code count} and {@code noun}, with an "s" unless the count is one. */
	public static String of(long count, String noun) {
		return of(count, noun, noun + "s");
	}

	/**
	 * {@code count} grouped in thousands and {@code noun}, with an "s" unless the count
	 * is one: "1 passage", "28,404 passages".
	 */
	public static String grouped(long count, String noun) {
		return String.format(Locale.ROOT, "%,d %s", count, (count == 1) ? noun : noun + "s");
	}

	/** {@code count} and {@code one} when it is one, otherwise {@code many}. */
	public static String of(long count, String one, String many) {
		return count + " " + ((count == 1) ? one : many);
	}

	/**
	 * Only the noun for {@code count}, for replies that style the number: "**1** pair".
	 */
	public static String noun(long count, String one, String many) {
		return (count == 1) ? one : many;
	}

}
