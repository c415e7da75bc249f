package eu.agora.coordination;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Names compared as people type them: case and diacritics never matter.
 */
final class NameFolding {

	private NameFolding() {
	}

	static String fold(String name) {
		String lower = name.strip().toLowerCase(Locale.ROOT).replace("ł", "l");
		return Normalizer.normalize(lower, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replaceAll("\\s+", " ");
	}

	static boolean same(String a, String b) {
		return fold(a).equals(fold(b));
	}

	/** A stable id for a name; names in any script keep their letters. */
	static String id(String name) {
		return fold(name).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-+|-+$)", "");
	}

}
