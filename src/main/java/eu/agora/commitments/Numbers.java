package eu.agora.commitments;

import java.math.BigDecimal;

/**
 * Numbers as people type them: {@code 1,200}, {@code 1 200}, {@code 2.5}, {@code 2,5}.
 */
final class Numbers {

	private Numbers() {
	}

	static BigDecimal parse(String field, String typed) {
		String text = typed.strip().replace(" ", "");
		if (text.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
			text = text.replace(",", "");
		}
		else if (text.matches("[+-]?\\d{1,3}(\\.\\d{3})+(,\\d+)?")) {
			text = text.replace(".", "").replace(',', '.');
		}
		else if (text.matches("[+-]?\\d+,\\d+")) {
			text = text.replace(',', '.');
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException ex) {
			throw new FieldProblem(field, "has a number I can't read: `" + typed.strip() + "`");
		}
	}

}
