package eu.agora.slack;

import java.util.List;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.FormSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * A button, a form and message actions for the adapter tests (the real features have none
 * yet).
 */
class SlackTestCommands implements CommandSet {

	static Element.Form survey(String city, String error) {
		return new Element.Form("test:survey", "City survey",
				List.of(new Element.FormField("city", "Your city", true, false, List.of(), city, error)),
				"Run `/survey` in Slack to answer.");
	}

	@Override
	public List<CommandSpec> commands() {
		return List.of(CommandSpec.single("survey", "Answer the city survey", List.of(), Access.everyone(),
				(call) -> Reply.of(survey(null, null))));
	}

	@Override
	public List<ActionSpec> actions() {
		return List.of(new ActionSpec("test:ping", Access.everyone(),
				(call) -> Reply.text("pong " + call.options().text("value").orElse(""))));
	}

	@Override
	public List<FormSpec> forms() {
		return List.of(new FormSpec("test:survey", Access.everyone(), (call) -> {
			String city = call.options().text("city").orElse("");
			if (city.isBlank()) {
				return new Reply(List.of(survey(city, "Name your city, e.g. Łódź")), Visibility.EPHEMERAL, true);
			}
			return Reply.text("Thanks, " + city + " noted.");
		}));
	}

	@Override
	public List<MessageActionSpec> messageActions() {
		return List.of(
				new MessageActionSpec("test:echo", "Echo", "Echoes the message", Access.everyone(),
						(call) -> Reply.text("echo: " + call.options().text("message").orElse(""))),
				new MessageActionSpec("test:save", "Save as key point", "Saves it", Access.registered(),
						(call) -> Reply.text("saved")));
	}

}
