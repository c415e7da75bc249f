package eu.agora.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.Reply;

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

	@Test
	void theTextPrinterStripsThemFromRepliesAndFromErrorEchoes() {
		StringWriter out = new StringWriter();
		TextReplyPrinter printer = new TextReplyPrinter(new PrintWriter(out), Path.of("unused"),
				new CommandCatalog(List.of()));

		printer.reply(1, Reply.error("I don't know a city called \"\u001B[2JEvil\u001B]0;pwned\u0007\".", null));
		printer.reply(2, Reply.text("Panel \u001B[31mred\u001B[0m"));

		assertThat(out.toString()).doesNotContain("\u001B")
			.doesNotContain("\u0007")
			.contains("I don't know a city called \"Evil\".")
			.contains("Panel red");
	}

}
