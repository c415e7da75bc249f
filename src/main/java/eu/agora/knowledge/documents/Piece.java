package eu.agora.knowledge.documents;

/**
 * A part of a section that a passage takes whole: a paragraph, a line or sentences of a
 * long paragraph, or a table with its caption (or a run of its rows).
 *
 * @param glue what goes between this piece and the one before it in the same passage
 * @param table whether the piece holds table rows
 */
record Piece(String text, int words, String glue, boolean table) {

	static final String PARAGRAPH = "\n\n";

	static final String LINE = "\n";

	static final String SENTENCE = " ";

	static Piece of(String text, String glue, boolean table) {
		return new Piece(text, Words.count(text), glue, table);
	}

}
