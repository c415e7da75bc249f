package eu.agora.conversation;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable ids from names people type: {@code Łódź University of Technology} →
 * {@code lodz-university-of-technology}. Case, diacritics and punctuation never matter,
 * so two names that differ only in those get the same id.
 */
public final class Slugs {

	private Slugs() {
	}

	public static String of(String name) {
		String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace("ł", "l"), Normalizer.Form.NFKD)
			.replaceAll("\\p{M}+", "");
		return folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
	}

}
