package eu.agora.conversation.internal;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CommandLineParserTests {

	private final CommandLineParser parser = new CommandLineParser();

	@Test
	void splitsCommandPositionalWordsAndNamedValues() {
		CommandLine line = parser.parse("/commit add city:Lodz title:\"Heat pumps for schools\" deadline:2030-12-31");

		assertThat(line.command()).isEqualTo("commit");
		assertThat(line.tokens()).containsExactly(new Token(null, "add", false), new Token("city", "Lodz", false),
				new Token("title", "Heat pumps for schools", true), new Token("deadline", "2030-12-31", false));
	}

	@Test
	void acceptsTypographicQuotesAsSlackSendsThem() {
		CommandLine line = parser.parse("/panel note energy “Districts share one heat plan”");

		assertThat(line.tokens()).last().isEqualTo(new Token(null, "Districts share one heat plan", true));
	}

	@Test
	void keepsEscapedQuotesInsideQuotedValues() {
		CommandLine line = parser.parse("/x note:\"the \\\"green\\\" deal\"");

		assertThat(line.tokens()).containsExactly(new Token("note", "the \"green\" deal", true));
	}

	@Test
	void treatsUrlsAndQuotedColonsAsPositionalWords() {
		CommandLine line = parser.parse("/x https://example.org/plan \"a:b\" 14:00");

		assertThat(line.tokens()).extracting(Token::key).containsOnlyNulls();
		assertThat(line.tokens()).extracting(Token::value).containsExactly("https://example.org/plan", "a:b", "14:00");
	}

	@Test
	void lowerCasesTheCommandAndOptionNamesButNotValues() {
		CommandLine line = parser.parse("/City show Country:PL Łódź");

		assertThat(line.command()).isEqualTo("city");
		assertThat(line.tokens()).contains(new Token("country", "PL", false), new Token(null, "Łódź", false));
	}

	@Test
	void anUnclosedQuoteIsReportedWithAnExample() {
		assertThatThrownBy(() -> parser.parse("/commit add title:\"Heat pumps")).isInstanceOf(UserError.class)
			.hasMessageContaining("quote is not closed")
			.satisfies((error) -> assertThat(((UserError) error).hint()).contains("title:\""));
	}

	@Test
	void aBareSlashAsksForACommand() {
		assertThatThrownBy(() -> parser.parse("/  ")).isInstanceOf(UserError.class).hasMessageContaining("/help");
	}

}
