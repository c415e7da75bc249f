package eu.agora;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;
import eu.agora.conversation.SubcommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Everything a person can trigger — subcommands, buttons, forms, message actions — says
 * who may, and {@code /help} tells it.
 */
@AgoraTest
class CatalogAccessTests {

	@Autowired
	CommandCatalog catalog;

	@Autowired
	Conversation conversation;

	@Test
	void everySubcommandButtonFormAndMessageActionHasAnExplicitAccessRule() {
		List<String> missing = new ArrayList<>();
		for (CommandSpec command : catalog.commands()) {
			for (SubcommandSpec sub : command.subcommands()) {
				check(missing, sub.usage(command.name()), sub.access());
			}
		}
		catalog.actions().forEach((action) -> check(missing, "button " + action.id(), action.access()));
		catalog.forms().forEach((form) -> check(missing, "form " + form.id(), form.access()));
		catalog.messageActions().forEach((action) -> check(missing, "message action " + action.id(), action.access()));

		assertThat(missing).as("catalog entries without an access rule").isEmpty();
		assertThat(catalog.actions()).extracting((action) -> action.id())
			.contains("knowledge:more", "knowledge:helpful", "knowledge:not-helpful", "knowledge:route");
		assertThat(catalog.forms()).extracting((form) -> form.id()).contains("panel:outcome");
	}

	@Test
	void helpNamesTheObjectRulesOfPanelsAndCommitments() {
		String panel = help("/help panel");
		String commit = help("/help commit");

		assertThat(panel).contains("Bind this channel to a panel (moderators of that panel)")
			.contains("Open a round with a question (or the next on the agenda) (moderators of that panel)")
			.contains("Save a key point to the open round (officers of that panel's cities, and its moderators")
			.contains("/panel list — List the panels\n");
		assertThat(commit).contains("Record progress, status, a note or evidence (officers of the commitment's city");
		assertThat(help("/help knowledge")).contains("More passages of an answer (the person who asked it)");
	}

	private String help(String text) {
		return PlainText.render(conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "help-reader", "Reader"), new Input.CommandText(text))));
	}

	private static void check(List<String> missing, String what, Access access) {
		if (access == null || access.describe().isBlank()) {
			missing.add(what);
		}
	}

}
