package eu.agora.knowledge;

import java.lang.Character.UnicodeScript;
import java.util.Set;

/**
 * Which writing systems questions may use: those of the Mission's languages (Latin,
 * Greek, Cyrillic). A question mostly in another script cannot match the documents'
 * words, so it is refused with a reply instead of being searched.
 */
final class Scripts {

	static final Set<UnicodeScript> READ = Set.of(UnicodeScript.LATIN, UnicodeScript.GREEK, UnicodeScript.CYRILLIC);

	private Scripts() {
	}

	/** Whether most letters of {@code text} are in scripts Agora does not read. */
	static boolean unsupported(String text) {
		long letters = 0;
		long read = 0;
		for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
			int codePoint = text.codePointAt(i);
			if (Character.isLetter(codePoint)) {
				letters++;
				read += READ.contains(UnicodeScript.of(codePoint)) ? 1 : 0;
			}
		}
		return letters > 0 && read * 2 < letters;
	}

}
