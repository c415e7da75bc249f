package eu.agora.shell;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.jline.reader.Candidate;
import org.jline.reader.Parser;
import org.jline.reader.impl.DefaultParser;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.conversation.CommandCatalog;
import eu.agora.directory.CityDirectory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tab in the interactive shell offers only what may follow the words typed so far, from
 * the real catalog: commands, subcommands, option keys, choices, city names, panel names
 * and commitment ids.
 */
@AgoraTest
class ShellCompleterTests {

	@Autowired
	CommandCatalog catalog;

	@Autowired
	CityDirectory cities;

	@TempDir
	Path history;

	@Test
	void anOptionKeyIsCompletedNotAnotherCommand() {
		assertThat(complete("/commit update C-1 sta")).containsExactly("status:");
	}

	@Test
	void aChoiceIsCompletedAfterItsKey() {
		assertThat(complete("/commit update C-1 status:in")).containsExactly("status:in-progress");
		assertThat(complete("/commit list status:")).contains("status:achieved", "status:in-progress");
	}

	@Test
	void commandsSubcommandsAndBothWordsOfAGroupAreCompleted() {
		assertThat(complete("/pa")).containsExactly("/panel");
		assertThat(complete("/panel ro")).containsExactly("round");
		assertThat(complete("/panel round o")).containsExactly("open");
		assertThat(complete("/agora a")).contains("as", "audit");
	}

	@Test
	void cityNamesAndKeysAreCompletedWhereACityIsMeant() {
		assertThat(complete("/city show Sev")).contains("Seville");
		assertThat(complete("/city show lod")).contains("lodz");
		assertThat(complete("/commit list city:Riga")).containsExactly("city:Riga");
	}

	@Test
	void panelNamesAndCommitmentIdsAreCompletedWhereTheyAreMeant() {
		assertThat(complete("/panel note Ren")).containsExactly("\"Renovation wave\"");
		assertThat(complete("/panel show ")).contains("\"Renovation wave\"", "\"Heat pumps\"");
		assertThat(complete("/commit show C-1")).containsExactly("C-17");
		assertThat(complete("/commit update ")).contains("C-17", "C-2").doesNotContain("/panel");
	}

	@Test
	void optionKeysAlreadyGivenAreNotOfferedAgain() {
		assertThat(complete("/commit update C-1 status:achieved ")).doesNotContain("status:").contains("progress:");
	}

	@Test
	void aCandidateForAKeyIsNotClosedSoTheValueCanFollow() {
		List<Candidate> offered = candidates("/commit update C-1 sta");

		assertThat(offered).singleElement().satisfies((candidate) -> assertThat(candidate.complete()).isFalse());
	}

	@Test
	void tabInARealLineReaderCompletesTheKeyTheChoiceAndANameOfSeveralWordsInQuotes() throws IOException {
		assertThat(typed("/commit update C-1 sta\t")).isEqualTo("/commit update C-1 status:");
		assertThat(typed("/commit update C-1 status:ach\t")).isEqualTo("/commit update C-1 status:achieved ");
		assertThat(typed("/panel note Ren\t\"Insulate first\""))
			.isEqualTo("/panel note \"Renovation wave\" \"Insulate first\"");
		assertThat(typed("/commit list city:Rig\t")).isEqualTo("/commit list city:Riga ");
	}

	/**
	 * What JLine hands the shell after {@code keys} and Enter, on a terminal that is not
	 * dumb (a dumb one takes Tab as a character).
	 */
	private String typed(String keys) throws IOException {
		ByteArrayInputStream in = new ByteArrayInputStream((keys + "\r").getBytes(StandardCharsets.UTF_8));
		try (Terminal terminal = new DumbTerminal("test", "xterm", in, new ByteArrayOutputStream(),
				StandardCharsets.UTF_8)) {
			terminal.setSize(new Size(200, 40));
			return InteractiveShell.reader(terminal, completer(), history.resolve("shell-history")).readLine("agora> ");
		}
	}

	private List<String> complete(String line) {
		return candidates(line).stream().map(Candidate::value).toList();
	}

	private ShellCompleter completer() {
		return new ShellCompleter(catalog, new ShellCompleter.CompletionValues(
				() -> cities.all().stream().flatMap((city) -> List.of(city.name(), city.key()).stream()).toList(),
				() -> List.of("Renovation wave", "Heat pumps"), () -> List.of("C-2", "C-17")));
	}

	private List<Candidate> candidates(String line) {
		List<Candidate> candidates = new ArrayList<>();
		completer().complete(null, new DefaultParser().parse(line, line.length(), Parser.ParseContext.COMPLETE),
				candidates);
		return candidates;
	}

}
