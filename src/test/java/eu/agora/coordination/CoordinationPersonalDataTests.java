package eu.agora.coordination;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.Says;
import eu.agora.conversation.Conversation;
import eu.agora.directory.PersonalData;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What coordination and digests hold about a person is exported and erased through
 * {@link PersonalData}.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class CoordinationPersonalDataTests {

	@Autowired
	List<PersonalData> modules;

	@Autowired
	Escalations escalations;

	@Autowired
	Broadcasts broadcasts;

	Says says;

	@Autowired
	void says(Conversation conversation) {
		this.says = new Says(conversation);
	}

	@Test
	void escalationsAskedAndBroadcastsAcknowledgedAreExportedThenAnonymised() {
		String ola = says.officer("Wroclaw");
		String nation = Says.unique("coord");
		says.ok(nation, "/agora whoami");
		says.ok("shell-admin", "/agora role " + nation + " coordinator scope:country:PL");
		says.ok(nation, "/digest settings day:friday time:16:00 tz:Europe/Warsaw");
		String asked = says.ok(ola, "/escalate \"Who pays for tram depots " + ola + "?\" to:country");
		String escalation = asked.replaceAll("(?s).*?(E-\\d+).*", "$1");
		String sent = says.ok(nation, "/broadcast send scope:country:PL \"Check the new call.\" ack:yes");
		String broadcast = sent.replaceAll("(?s).*?(B-\\d+).*", "$1");
		says.ok(ola, "/broadcast ack " + broadcast);
		String olaId = says.personId(ola);

		Map<?, ?> held = (Map<?, ?>) module("coordination").heldAbout(olaId);
		assertThat(held.get("escalations").toString()).contains(escalation).contains("tram depots");
		assertThat(held.get("broadcasts").toString()).contains(broadcast).contains("acknowledged=true");
		assertThat(module("digests").heldAbout(says.personId(nation)).toString()).contains("friday")
			.contains("Europe/Warsaw");

		module("coordination").erase(olaId, "former officer #1");
		module("coordination").erase(olaId, "former officer #1");
		module("digests").erase(says.personId(nation), "former coordinator #1");

		assertThat(escalations.byId(escalation).orElseThrow().askerPersonId()).isEqualTo("former officer #1");
		assertThat(broadcasts.byId(broadcast).orElseThrow().acknowledgedBy("former officer #1")).isTrue();
		assertThat(module("coordination").heldAbout(olaId).toString()).doesNotContain(escalation)
			.doesNotContain(broadcast);
		assertThat(module("digests").heldAbout(says.personId(nation)).toString()).doesNotContain("friday");
	}

	private PersonalData module(String section) {
		return modules.stream().filter((m) -> m.section().equals(section)).findFirst().orElseThrow();
	}

}
