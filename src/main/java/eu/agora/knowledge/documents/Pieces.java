package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Cuts a section's blocks into {@link Piece pieces}: short paragraphs stay whole, a long
 * one is cut at lines and sentences; a table takes the short paragraph right before it as
 * its caption, and a long table is cut into runs of rows, each under the header row.
 */
final class Pieces {

	/** Longest paragraph or table kept whole. */
	static final int LONG = 300;

	/** Longest paragraph that is taken as the caption of the table after it. */
	static final int CAPTION = 40;

	/** Longest first row that is repeated as the header of each run of a long table. */
	static final int HEADER = 60;

	private Pieces() {
	}

	static List<Piece> of(List<Block> blocks) {
		List<Piece> pieces = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			if (block instanceof Block.Paragraph paragraph && !isCaption(paragraph, next(blocks, i))) {
				pieces.addAll(paragraph(paragraph.text()));
			}
			else if (block instanceof Block.Table table) {
				Block before = (i > 0) ? blocks.get(i - 1) : null;
				String caption = (before instanceof Block.Paragraph above && isCaption(above, table)) ? above.text()
						: null;
				pieces.addAll(table(caption, table.rows()));
			}
		}
		return pieces;
	}

	private static @Nullable Block next(List<Block> blocks, int i) {
		return (i + 1 < blocks.size()) ? blocks.get(i + 1) : null;
	}

	private static boolean isCaption(@Nullable Block block, @Nullable Block following) {
		return block instanceof Block.Paragraph paragraph && following instanceof Block.Table
				&& Words.count(paragraph.text()) <= CAPTION;
	}

	private static List<Piece> paragraph(String text) {
		if (Words.count(text) <= LONG) {
			return List.of(Piece.of(text, Piece.PARAGRAPH, false));
		}
		List<Piece> pieces = new ArrayList<>();
		for (String line : text.split("\n")) {
			String glue = pieces.isEmpty() ? Piece.PARAGRAPH : Piece.LINE;
			for (String part : cut(line, PassageSplitter.MAX)) {
				pieces.add(Piece.of(part, glue, false));
				glue = Piece.SENTENCE;
			}
		}
		return pieces;
	}

	private static List<Piece> table(@Nullable String caption, List<String> rows) {
		String whole = ((caption != null) ? caption + "\n" : "") + String.join("\n", rows);
		if (Words.count(whole) <= LONG) {
			return List.of(Piece.of(whole, Piece.PARAGRAPH, true));
		}
		boolean hasHeader = Words.count(rows.get(0)) <= HEADER;
		String header = hasHeader ? rows.get(0) : "";
		int budget = PassageSplitter.MAX - Words.count(header);
		List<Piece> pieces = new ArrayList<>();
		StringBuilder run = new StringBuilder((caption != null) ? caption : "");
		appendLine(run, header);
		boolean hasRows = false;
		for (String row : hasHeader ? rows.subList(1, rows.size()) : rows) {
			for (String part : cut(row, budget)) {
				if (hasRows && Words.count(run) + Words.count(part) > PassageSplitter.MAX) {
					pieces.add(Piece.of(run.toString(), Piece.PARAGRAPH, true));
					run.setLength(0);
					appendLine(run, header);
				}
				appendLine(run, part);
				hasRows = true;
			}
		}
		pieces.add(Piece.of(run.toString(), Piece.PARAGRAPH, true));
		return pieces;
	}

	private static void appendLine(StringBuilder text, String line) {
		if (!line.isEmpty()) {
			text.append(text.isEmpty() ? "" : "\n").append(line);
		}
	}

	/**
	 * Cuts a line that is too long at sentences; a cut part without a single letter is a
	 * dump of numbers (a chart's data series, say) that answers nothing and is dropped.
	 */
	private static List<String> cut(String line, int max) {
		if (Words.count(line) <= max) {
			return List.of(line);
		}
		return Words.cut(line, max).stream().filter((part) -> part.chars().anyMatch(Character::isLetter)).toList();
	}

}
