package eu.agora.knowledge.documents;

import java.util.List;

/**
 * A unit of a section's body as a format reader found it: a paragraph (or a whole list)
 * or a table. {@link PassageSplitter} packs blocks into passages.
 */
sealed interface Block {

	/**
	 * Plain text; lines are kept, a list is one paragraph of {@code - item} lines.
	 */
	record Paragraph(String text) implements Block {
	}

	/**
	 * A table rendered as {@code cell | cell} rows, the header row first.
	 */
	record Table(List<String> rows) implements Block {

		public Table {
			rows = List.copyOf(rows);
		}

	}

}
