package eu.agora.shell;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What came from a person reaches the terminal without control sequences. */
class TerminalTextTests {

	@Test
	void escapeSequencesAndControlCharactersAreRemovedButLinesAndTabsStay() {
		String hostile = "Panel \u001B[2J\u001B[31mred\u001B[0m \u001B]0;owned\u0007title \u009B31m\u0007\u0008x\u202Eevil";

		String safe = TerminalText.safe(hostile + "\nnext\tline");

		assertThat(safe).isEqualTo("Panel red title xevil\nnext\tline");
		assertThat(safe).doesNotContain("\u001B").doesNotContain("\u009B").doesNotContain("\u202E");
	}

}
