package eu.agora.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.UserError;

/**
 * {@code /agora my-data} (a JSON file of everything held about the caller),
 * {@code /agora forget-me} (after a confirmation) and {@code /agora erase <person>} for
 * admins. See {@code docs/PRIVACY.md}.
 */
@Component
class PrivacyCommands implements CommandSet {

	static final String FORGET_ME = "privacy:forget-me";

	private final ErasingPeople erasing;

	private final People people;

	private final JsonMapper json;

	PrivacyCommands(ErasingPeople erasing, People people, JsonMapper json) {
		this.erasing = erasing;
		this.people = people;
		this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec confirm = OptionSpec.flag("confirm", "yes, erase now");
		return List.of(new CommandSpec("agora", "Your profile and people's roles",
				List.of(new SubcommandSpec("my-data", "A file of everything Agora holds about you", List.of(),
						Access.everyone(), this::myData),
						new SubcommandSpec("forget-me", "Erase everything Agora holds about you (asks to confirm)",
								List.of(confirm), Access.everyone(), this::forgetMe),
						new SubcommandSpec("erase", "Erase a person (asks to confirm)",
								List.of(OptionSpec.argument("person", OptionType.STRING,
										"the person: a mention, name or Agora id"), confirm),
								Access.roles(Role.ADMIN), this::erase))));
	}

	@Override
	public List<ActionSpec> actions() {
		return List.of(new ActionSpec(FORGET_ME, Access.everyone()
			.and(new ObjectRule("the person to be erased themselves",
					(call) -> call.caller().personId().equals(call.options().text("value").orElse(""))
							? Optional.empty()
							: Optional.of(new UserError("This button erases someone else; only they may press it.")))),
				(call) -> erased(call.caller().personId(), "You"))
			.typedAs((person) -> "/agora forget-me confirm"));
	}

	private Reply myData(CommandCall call) {
		byte[] file = json.writeValueAsString(erasing.export(call.caller().personId()))
			.getBytes(StandardCharsets.UTF_8);
		return Reply.of(
				new Element.Text("Everything Agora holds about you, as JSON (GDPR Art. 15 and 20). "
						+ "What Slack and Discord keep is theirs: see docs/PRIVACY.md."),
				new Element.Attachment("agora-my-data.json", "application/json", file));
	}

	private Reply forgetMe(CommandCall call) {
		if (call.options().flag("confirm")) {
			return erased(call.caller().personId(), "You");
		}
		return Reply.of(new Element.Text("This erases **you** from Agora for good: your profile, accounts, roles and "
				+ "memberships; histories keep their events under an anonymous name, and commitments you were the "
				+ "contact for go back to their owner office. It cannot be undone. Get a copy first with "
				+ "`/agora my-data`. To go ahead press the button, or type `/agora forget-me confirm`."),
				new Element.Actions(List.of(new Element.Button(FORGET_ME, "Erase me", call.caller().personId(),
						Element.Button.Style.DANGER))));
	}

	private Reply erase(CommandCall call) {
		Person person = people.resolve(call.options().requiredText("person"), call.inbound().platform());
		if (!call.options().flag("confirm")) {
			return Reply.text("This erases **" + person.displayName() + "** (" + person.id()
					+ ") from Agora for good. Type `/agora erase " + person.id() + " confirm` to go ahead.");
		}
		return erased(person.id(), person.displayName());
	}

	private Reply erased(String personId, String who) {
		String subject = erasing.erase(personId);
		return Reply.text(who + " " + ("You".equals(who) ? "are" : "is")
				+ " erased from Agora; the histories now say \"" + subject
				+ "\". Messages the bot posted on Slack or Discord stay there: ask their workspace admins.");
	}

}
