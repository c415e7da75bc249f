package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders table rows as text lines, {@code cell | cell | cell}: empty cells are left out,
 * and rows with nothing but empty cells or delimiter dashes are dropped, as are rows that
 * are only page furniture caught in a table.
 */
final class TableRows {

	private TableRows() {
	}

	static List<String> render(List<List<String>> rows, PageFurniture furniture) {
		List<String> lines = new ArrayList<>();
		for (List<String> row : rows) {
			String line = line(row.stream().map(Whitespace::collapse).toList());
			if (!line.isEmpty() && !furniture.isFurniture(line)) {
				lines.add(line);
			}
		}
		return lines;
	}

	private static String line(List<String> cells) {
		List<String> kept = cells.stream().filter((cell) -> !isEmpty(cell)).toList();
		return String.join(" | ", kept);
	}

	private static boolean isEmpty(String cell) {
		return cell.chars().allMatch((c) -> c == '-' || c == ':' || c == ' ' || c == '|');
	}

}
