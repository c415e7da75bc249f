package eu.agora.commitments;

/**
 * Makes a text cell of a CSV export safe to open in a spreadsheet (OWASP, "CSV
 * Injection"): a cell that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab
 * or a carriage return would be read as a formula, so it gets a leading apostrophe, which
 * spreadsheets show as text and do not evaluate. Numbers Agora writes itself (targets,
 * baselines, costs, progress, years) are not passed through here, so a negative target
 * stays a number.
 */
final class SpreadsheetCells {

	private SpreadsheetCells() {
	}

	static String neutralise(String cell) {
		if (cell.isEmpty()) {
			return cell;
		}
		return switch (cell.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + cell;
			default -> cell;
		};
	}

}
