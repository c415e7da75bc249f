package eu.agora.coordination;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.Says;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Broadcasts down: to every approved officer of a scope and its panels' channels, with
 * acknowledgements, status and forwarding; bad broadcasts send nothing.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class BroadcastTests {

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	Conversation conversation;

	Says says;

	@Autowired
	void says(Conversation conversation) {
		this.says = new Says(conversation);
	}

	@Test
	void aBroadcastReachesEveryOfficerAndPanelChannelOfTheScopeAndShowsWhoAcknowledged() {
		String ola = says.officer("Rzeszow");
		String jan = says.officer("Krakow");
		String lena = says.officer("Riga");
		String nation = says.coordinator("country:PL");
		String panel = "Polish heat " + Says.unique("p");
		String room = "room-" + Says.unique("r");
		says.ok("shell-admin", "/panel create " + panel + " domains:energy");
		conversation.handle(new Inbound(new Sender(Platform.SHELL, "shell-admin", "admin"), null, room, null, null,
				new Input.CommandText("/panel bind " + panel)));
		says.ok(ola, "/panel join " + panel);

		String sent = says.ok(nation, "/broadcast send scope:country:PL \"The heat call opens on 3 March.\" ack:yes");
		String id = sent.replaceAll("(?s).*?(B-\\d+).*", "$1");

		assertThat(sent).contains("Sent " + id + " to Poland").contains(panel);
		assertThat(broadcastsTo(ola)).singleElement()
			.asString()
			.contains("The heat call opens")
			.contains("Acknowledge");
		assertThat(broadcastsTo(jan)).hasSize(1);
		assertThat(broadcastsTo(lena)).isEmpty();
		assertThat(messenger.sent())
			.anySatisfy((m) -> assertThat(m).startsWith("#" + room + ":").contains("heat call"));

		assertThat(says.ok(ola, "/broadcast ack " + id)).contains(id + " is acknowledged");
		assertThat(Says.text(says.press(jan, "broadcast:ack", id))).contains("acknowledged");
		assertThat(says.error(ola, "/broadcast ack " + id)).contains("already");
		assertThat(says.error(lena, "/broadcast ack " + id)).contains("not sent to you");
		String status = says.ok(nation, "/broadcast status " + id);
		assertThat(status).contains("Acknowledged").contains(ola).contains(jan);
		assertThat(says.error(lena, "/broadcast status " + id)).contains("Only the sender");
	}

	@Test
	void aNationalCoordinatorPassesAnEuMessageOnWithTheirContext() {
		String ola = says.officer("Lodz");
		String europe = says.coordinator("EU");
		String nation = says.coordinator("country:PL");
		String eu = says.ok(europe, "/broadcast send scope:EU \"Mission label applications close in May.\"");
		String id = eu.replaceAll("(?s).*?(B-\\d+).*", "$1");
		messenger.clear();

		String passed = says.ok(nation, "/broadcast forward " + id + " note:\"Polish cities: apply via NFOŚiGW.\"");

		assertThat(passed).contains("Passed " + id + " on").contains("Poland");
		assertThat(broadcastsTo(ola)).singleElement()
			.asString()
			.contains("Passed on from " + id)
			.contains("Mission label applications")
			.contains("apply via NFOŚiGW");
		assertThat(says.error(nation, "/broadcast forward " + id + " note:\"x\" scope:country:FI"))
			.contains("Finland is not within your scope")
			.doesNotContain("Sent");
	}

	@Test
	void badBroadcastsGetAClearReplyAndSendNothing() {
		String nation = says.coordinator("country:PL");
		String cluster = "Quiet " + Says.unique("c");
		String town = "Quiet Town " + Says.unique("t");
		// A town of its own: no other test in the shared context can have approved an
		// officer of it, so the cluster has nobody to reach whatever ran before.
		says.ok("shell-admin", "/city add " + town + " country:BG tz:Europe/Sofia");
		says.ok("shell-admin", "/agora cluster add \"" + cluster + "\" cities:\"" + town + "\"");
		messenger.clear();

		assertThat(says.error("shell-admin", "/broadcast send scope:\"cluster:" + cluster + "\" \"Hello\""))
			.contains("Nobody would receive it")
			.contains("Nothing was sent");
		assertThat(says.error(nation, "/broadcast send scope:country:PL \"\"")).contains("message is empty");
		assertThat(says.error(nation, "/broadcast send scope:country:PL \"" + "x".repeat(3001) + "\""))
			.contains("at most 3000 characters");
		assertThat(says.error(nation, "/broadcast send scope:country:FI \"Hei\""))
			.contains("Finland is not within your scope")
			.contains("scope:country:PL");
		assertThat(says.error(nation, "/broadcast send scope:atlantis \"Hi\"")).contains("no scope \"atlantis\"");
		assertThat(says.error(nation, "/broadcast status B-99999")).contains("no broadcast B-99999");
		assertThat(messenger.sent()).isEmpty();
		assertThat(says.error("shell-admin", "/agora cluster add \"" + cluster + "\" cities:Lodz"))
			.contains("already a cluster");
		assertThat(says.error("shell-admin", "/agora cluster add Nowhere cities:Atlantis")).contains("Atlantis");
	}

	/**
	 * What reached {@code user} as a broadcast (they were also told of their approval).
	 */
	private List<String> broadcastsTo(String user) {
		return messenger.sentTo(user).stream().filter((message) -> message.contains(": Broadcast B-")).toList();
	}

}
