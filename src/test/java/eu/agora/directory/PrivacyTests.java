package eu.agora.directory;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;
import eu.agora.storage.EveryCollection;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person's data is theirs: {@code /agora my-data} gives it as one JSON file, and
 * {@code /agora forget-me} and an admin's {@code /agora erase} leave nothing of their
 * name or ids in any collection, while histories and commitments stay whole.
 */
@AgoraTest
@Import(RecordingMessenger.Config.class)
class PrivacyTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoPeople people;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	EveryCollection everywhere;

	@Autowired
	MongoPendingGrants grants;

	final String officer = unique("inma");

	final String erased = unique("ximena");

	@Test
	void myDataIsAJsonFileOfEveryModulesSections() {
		join(erased, "Riga");
		say(erased, "/commit add title:\"Trees " + erased
				+ "\" owner:\"Parks\" domain:nature-based-solutions target:\"500 trees by 2030\" deadline:2030-12-31");
		say(erased, "/ask How do cities finance heat pumps?");
		String panel = "Privacy Panel " + UUID.randomUUID().toString().substring(0, 6);
		say("shell-admin", "/panel create " + panel + " domains:energy");
		say(erased, "/panel join " + panel);
		say("shell-admin", "/panel start " + panel);
		say("shell-admin", "/panel round open " + panel + " question:\"What works?\"");
		say(erased, "/panel note \"" + panel + "\" \"Green bonds work\"");

		Reply reply = say(erased, "/agora my-data");

		String json = file(reply);
		assertThat(json).contains("\"directory\"", "\"commitments\"", "\"panels\"", "\"knowledge\"")
			.contains("shell:" + erased)
			.contains("Trees " + erased)
			.contains("How do cities finance heat pumps?")
			.contains("Green bonds work")
			.contains("requested");
	}

	@Test
	void forgetMeAsksFirstThenErasesEverythingAndTheCommitmentFallsBackToItsOffice() {
		join(officer, "Riga");
		join(erased, "Riga");
		String title = "Bike lanes " + UUID.randomUUID().toString().substring(0, 6);
		String added = text(say(erased, "/commit add title:\"" + title
				+ "\" owner:\"Transport Office\" domain:mobility target:\"40 km by 2030\" deadline:2030-12-31"));
		String id = added.replaceAll("(?s).*?(C-\\d+).*", "$1");
		say(erased, "/commit update " + id + " progress:5 note:\"agreed with " + erased + "\"");
		String personId = people.identify(shell(erased)).personId();
		messenger.clear();

		Reply asked = say(erased, "/agora forget-me");
		assertThat(people.byId(personId)).isPresent();
		Reply done = say(erased, "/agora forget-me confirm");

		assertThat(text(asked)).contains("cannot be undone").contains("[Erase me]");
		assertThat(text(done)).contains("erased").contains("former officer #");
		assertThat(people.byId(personId)).isEmpty();
		assertThat(everywhere.holdsAny(List.of(erased, personId, "shell:" + erased))).isFalse();
		String shown = text(say(officer, "/commit show " + id));
		assertThat(shown).contains(title).contains("contact-erased").contains("Transport Office answers for it");
		assertThat(messenger.sentTo(officer)).anySatisfy((line) -> assertThat(line).contains(id)
			.contains("no contact person")
			.contains("/commit handover " + id));
	}

	@Test
	void rolesAnAdminGrantedThatStillWaitAreInTheirDataAndLoseTheirNameWhenErased() {
		String admin = people.identify(shell(erased)).personId();
		people.grant(admin, RoleGrant.of(Role.ADMIN));
		String newcomer = unique("nadia");
		say(erased, "/agora role " + newcomer + " moderator");

		String json = file(say(erased, "/agora my-data"));
		say("shell-admin", "/agora erase " + erased + " confirm");

		assertThat(json).contains("\"rolesYouGrantedThatWait\"")
			.contains("shell:" + newcomer)
			.containsIgnoringCase("moderator");
		assertThat(grants.grantedBy(admin)).isEmpty();
		assertThat(grants.waitingFor(List.of("shell:" + newcomer))).singleElement()
			.satisfies((grant) -> assertThat(grant.grantedBy()).startsWith("former "));
		assertThat(people.identify(shell(newcomer)).roles()).extracting(Object::toString).containsExactly("moderator");
	}

	@Test
	void erasingAPersonDeletesTheRolesWaitingForTheirOtherAccounts() {
		String personId = people.identify(shell(erased)).personId();
		String slackId = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
		String slackPerson = people.identify(new Sender(Platform.SLACK, slackId, "Ximena")).personId();
		people.merge(people.byId(slackPerson).orElseThrow(), people.byId(personId).orElseThrow());
		grants.hold("slack:" + slackId, RoleGrant.of(Role.MODERATOR), "P-1");

		String json = file(say(erased, "/agora my-data"));
		say("shell-admin", "/agora erase " + erased + " confirm");

		assertThat(json).contains("\"rolesWaitingForYourAccounts\"").contains("slack:" + slackId);
		assertThat(grants.waitingFor(List.of("slack:" + slackId))).isEmpty();
	}

	@Test
	void anAdminErasesAPersonOnlyWithConfirmAndOthersCannot() {
		join(erased, "Riga");
		join(officer, "Riga");

		Reply refused = say(officer, "/agora erase " + erased + " confirm");
		Reply asked = say("shell-admin", "/agora erase " + erased);
		Reply done = say("shell-admin", "/agora erase " + erased + " confirm");

		assertThat(refused.error()).isTrue();
		assertThat(text(asked)).contains("confirm");
		assertThat(text(done)).contains("is erased");
		assertThat(everywhere.holdsAny(List.of(erased))).isFalse();
	}

	@Test
	void theEraseButtonErasesOnlyWhoItWasMadeFor() {
		String personId = people.identify(shell(erased)).personId();

		Reply other = conversation.handle(
				Inbound.direct(shell(officer), new Input.Action(PrivacyCommands.FORGET_ME, personId, null, List.of())));

		assertThat(other.error()).isTrue();
		assertThat(people.byId(personId)).isPresent();
	}

	private void join(String user, String city) {
		say(user, "/city register " + city);
		say("shell-admin", "/city approve " + user);
	}

	private static String file(Reply reply) {
		return reply.elements()
			.stream()
			.filter(Element.Attachment.class::isInstance)
			.map(Element.Attachment.class::cast)
			.map((file) -> new String(file.content(), StandardCharsets.UTF_8))
			.findFirst()
			.orElseThrow();
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(shell(user), new Input.CommandText(text)));
	}

	private static Sender shell(String user) {
		return new Sender(Platform.SHELL, user, user);
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
