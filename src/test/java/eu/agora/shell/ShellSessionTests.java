package eu.agora.shell;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.conversation.Address;
import eu.agora.conversation.Callers;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell's own lines, as typed: an admin acts as another shell user and comes back
 * (marked in the prompt), others may not; buttons show what to type, and typing it does
 * what pressing would; names completed with escaped spaces arrive quoted; a message to
 * someone says to whom in words.
 */
@AgoraTest
class ShellSessionTests {

	@Autowired
	Conversation conversation;

	@Autowired
	Callers callers;

	@Autowired
	CommandCatalog catalog;

	@TempDir
	Path files;

	private final StringWriter out = new StringWriter();

	@Test
	void anAdminActsAsAnotherPersonUntilBackAndThePromptSaysSo() {
		ShellSession session = session("shell-admin");
		String ola = unique("ola");

		String switched = type(session, "/agora as " + ola);
		String whoami = type(session, "/agora whoami");
		String prompt = session.prompt();
		String back = type(session, "/agora back");

		assertThat(switched).contains("You are now " + ola).contains("roles: none yet").contains("/agora back");
		assertThat(prompt).isEqualTo("agora (as " + ola + ")> ");
		assertThat(whoami).contains("shell:" + ola).doesNotContain("shell:shell-admin");
		assertThat(back).contains("You are shell-admin again");
		assertThat(session.prompt()).isEqualTo("agora> ");
		assertThat(type(session, "/agora whoami")).contains("shell:shell-admin");
	}

	@Test
	void someoneWhoIsNotAnAdminCannotActAsAnother() {
		ShellSession session = session(unique("inma"));

		String refused = type(session, "/agora as shell-admin");

		assertThat(refused).contains("Only an admin may act as someone else").contains("--agora.shell.user=");
		assertThat(session.prompt()).isEqualTo("agora> ");
	}

	@Test
	void actingAsWithoutAUsableNameSaysHow() {
		ShellSession session = session("shell-admin");

		assertThat(type(session, "/agora as")).contains("/agora as <name>, with a shell user name");
		assertThat(type(session, "/agora as <nobody!>")).contains("For example /agora as ola;");
		assertThat(session.prompt()).isEqualTo("agora> ");
	}

	@Test
	void aButtonShowsTheCommandItStandsForAndTypingItWorks() {
		String user = unique("ximena");
		ShellSession session = session(user);

		String offered = type(session, "/agora forget-me");
		String erased = type(session, "/agora forget-me confirm");

		assertThat(offered).contains("[Erase me]  type /agora forget-me confirm");
		assertThat(erased).contains("erased");
	}

	@Test
	void aButtonWithoutACommandIsPressedWithPress() {
		String user = unique("yara");
		ShellSession session = session(user);
		String personId = callers.identify(session.sender()).personId();

		String pressed = type(session, "/press privacy:forget-me " + personId);

		assertThat(pressed).contains("erased");
	}

	@Test
	void namesCompletedWithEscapedSpacesArriveQuoted() {
		assertThat(ShellSession.quoted("/panel note Renovation\\ wave \"Insulate first\""))
			.isEqualTo("/panel note \"Renovation wave\" \"Insulate first\"");
		assertThat(ShellSession.quoted("/knowledge route G-4 to:Renovation\\ wave"))
			.isEqualTo("/knowledge route G-4 to:\"Renovation wave\"");
		assertThat(ShellSession.quoted("/city show La\\ Louvière")).isEqualTo("/city show \"La Louvière\"");
		assertThat(ShellSession.quoted("/city show Riga")).isEqualTo("/city show Riga");
	}

	@Test
	void aMessageToSomeoneSaysToWhomInWords() {
		new TextReplyPrinter(new PrintWriter(out), files, catalog).message(new Address.Person("shell:ola"),
				Reply.text("Your question has an answer (G-7)"));
		assertThat(out.toString()).startsWith("→ message to ola:\n").doesNotContain("person:");
		assertThat(TextReplyPrinter.heading(new Address.Group(List.of("shell:ola", "shell:jan"))))
			.isEqualTo("to the group ola, jan");
		assertThat(TextReplyPrinter.heading(new Address.Channel(Platform.SHELL, "renovation")))
			.isEqualTo("in channel renovation");
	}

	private ShellSession session(String user) {
		return new ShellSession(conversation, callers, user);
	}

	private String type(ShellSession session, String line) {
		out.getBuffer().setLength(0);
		session.handle(1, line, new TextReplyPrinter(new PrintWriter(out), files, catalog));
		return out.toString();
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
