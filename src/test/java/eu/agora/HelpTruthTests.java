package eu.agora;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.conversation.Conversation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /help} over the whole catalog shows an option as required exactly when a command
 * refuses to run without it.
 */
@AgoraTest
class HelpTruthTests {

	@Autowired
	Conversation conversation;

	@Test
	void optionsACommandNeedsAreShownWithoutBrackets() {
		Says says = new Says(conversation);

		String ask = says.ok("shell-admin", "/help ask");
		String commit = says.ok("shell-admin", "/help commit");

		assertThat(ask).contains("/ask <question>").doesNotContain("[<question>]");
		assertThat(commit).contains("owner:<owner>")
			.contains("title:<title>")
			.contains("target:<target>")
			.contains("deadline:<deadline>")
			.doesNotContain("[owner:")
			.contains("[city:<city>]");
		assertThat(says.error("shell-admin", "/commit add city:Lodz title:\"Solar roofs\"")).contains("owner");
	}

}
