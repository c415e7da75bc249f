package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Packs the pieces of each section into passages of about {@value #TARGET} words, large
 * enough to answer a question and small enough to cite: consecutive pieces of a section
 * share a passage while it has fewer than {@value #TARGET} words and stays within
 * {@value #MAX}; a passage of fewer than {@value #MIN} words also takes a piece that
 * keeps it within {@link Pieces#LONG}; a fragment of fewer than {@value #TINY} words
 * never stands alone next to another passage of its section. Passages never cross a
 * section.
 */
final class PassageSplitter {

	static final int TARGET = 150;

	static final int MAX = 220;

	static final int MIN = 60;

	static final int TINY = 15;

	private PassageSplitter() {
	}

	static List<PassageDraft> split(List<SectionText> sections) {
		List<PassageDraft> passages = new ArrayList<>();
		for (SectionText section : sections) {
			for (String text : pack(Pieces.of(section.blocks()))) {
				passages.add(new PassageDraft(section.path(), section.page(), text));
			}
		}
		return passages;
	}

	private static List<String> pack(List<Piece> pieces) {
		List<Passage> passages = new ArrayList<>();
		Passage current = null;
		for (Piece piece : pieces) {
			if (current != null && current.takes(piece)) {
				current.add(piece);
			}
			else {
				current = new Passage(piece);
				passages.add(current);
			}
		}
		if (passages.size() > 1 && passages.get(passages.size() - 1).words < TINY) {
			Passage last = passages.remove(passages.size() - 1);
			passages.get(passages.size() - 1).add(last);
		}
		return passages.stream().map((passage) -> passage.text.toString()).toList();
	}

	/**
	 * A passage being filled.
	 */
	private static final class Passage {

		private final StringBuilder text = new StringBuilder();

		private final String glue;

		private int words;

		Passage(Piece first) {
			this.glue = first.glue();
			this.text.append(first.text());
			this.words = first.words();
		}

		boolean takes(Piece piece) {
			int together = this.words + piece.words();
			return (this.words < TARGET && together <= MAX) || (this.words < MIN && together <= Pieces.LONG)
					|| (this.words < TINY) || (isShortParagraph(piece) && together <= Pieces.LONG);
		}

		private static boolean isShortParagraph(Piece piece) {
			return !piece.table() && piece.glue().equals(Piece.PARAGRAPH) && piece.words() < TINY;
		}

		void add(Piece piece) {
			this.text.append(piece.glue()).append(piece.text());
			this.words += piece.words();
		}

		void add(Passage other) {
			this.text.append(other.glue).append(other.text);
			this.words += other.words;
		}

	}

}
