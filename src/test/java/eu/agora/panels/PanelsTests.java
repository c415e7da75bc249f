package eu.agora.panels;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class PanelsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	PanelReminders reminders;

	final String name = "Heat " + UUID.randomUUID().toString().substring(0, 6);

	final String ola = "ola-" + UUID.randomUUID().toString().substring(0, 6);

	@Test
	void badInputGetsAClearReplyAndStoresNothing() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		admin("/panel create " + name + " domains:energy");
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
		long sessions = mongo.count(new Query(), MongoPanelSessions.COLLECTION);
		long keyPoints = mongo.count(new Query(), MongoKeyPoints.COLLECTION);

		assertThat(error("shell-admin", "/panel show " + name + "x")).contains("There is no panel")
			.contains("Did you mean " + name);
		assertThat(error("shell-admin", "/panel create " + name.toUpperCase() + " domains:energy"))
			.contains("already a panel");
		assertThat(error("shell-admin", "/panel create Other domains:space")).contains("space is not a domain");
		assertThat(error("shell-admin", "/panel round open " + name)).contains("No session of " + name + " is running");
		assertThat(error("shell-admin", "/panel round close " + name)).contains("No session");
		assertThat(error("shell-admin", "/panel schedule " + name + " at:2025-01-01T10:00 topic:x"))
			.contains("in the past");
		assertThat(error("shell-admin", "/panel schedule " + name + " at:2027-01-01T10:00 tz:Mars/Olympus topic:x"))
			.contains("tz must be a time zone");
		assertThat(error(ola, "/panel create Mine domains:energy")).contains("is for moderators");
		assertThat(error(ola, "/panel round open " + name)).contains("Only the moderators of " + name);
		assertThat(mongo.count(new Query(), MongoPanelSessions.COLLECTION)).isEqualTo(sessions);

		admin("/panel start " + name);
		assertThat(error("shell-admin", "/panel round close " + name)).contains("No round is open in " + name);
		assertThat(error("shell-admin", "/panel start " + name)).contains("already running");
		say(ola, "/panel join " + name);
		assertThat(error(ola, "/panel note \"" + name + "\" \"A point\"")).contains("No round is open");
		admin("/panel round open " + name + " question:\"What works?\"");
		assertThat(error("shell-admin", "/panel round open " + name + " question:\"Another?\""))
			.contains("Round 1 is still open");
		assertThat(error(ola, "/panel note \"" + name + "\" \"\"")).contains("text");
		assertThat(error(ola, "/panel note \"" + name + "\" \"" + "x".repeat(1001) + "\""))
			.contains("at most 1000 characters");
		String stranger = "lars-" + UUID.randomUUID().toString().substring(0, 6);
		say(stranger, "/city register Malmö");
		say("shell-admin", "/city approve " + stranger);
		assertThat(error(stranger, "/panel note \"" + name + "\" \"Hello\""))
			.contains("officers of " + name + "'s cities");
		assertThat(mongo.count(new Query(), MongoKeyPoints.COLLECTION)).isEqualTo(keyPoints);
		admin("/panel end " + name);
	}

	@Test
	void remindersArePostedOnceAtTheRightInstantsEvenAfterARestart() {
		clock.set(Instant.parse("2026-03-01T09:00:00Z"));
		admin("/panel create " + name + " domains:mobility");
		conversation.handle(new Inbound(new Sender(Platform.SHELL, "shell-admin", "admin"), null, "room-" + name, null,
				null, new Input.CommandText("/panel bind " + name)));
		admin("/panel schedule " + name + " at:2026-03-05T14:00 tz:Europe/Warsaw topic:\"Cycling\"");
		Instant at = Instant.parse("2026-03-05T13:00:00Z");
		messenger.clear();

		reminders.remind(at.minus(Duration.ofHours(25)));
		assertThat(posts()).isZero();
		reminders.remind(at.minus(Duration.ofHours(24)));
		reminders.remind(at.minus(Duration.ofHours(23)));
		assertThat(posts()).isEqualTo(1);
		PanelReminders afterRestart = new PanelReminders(new MongoPanels(mongo), new MongoPanelSessions(mongo),
				new MongoPostedReminders(mongo), new Broadcasting(conversationMessenger()), clock);
		afterRestart.remind(at.minus(Duration.ofHours(20)));
		afterRestart.remind(at.minus(Duration.ofMinutes(15)));
		afterRestart.remind(at.minus(Duration.ofMinutes(14)));
		reminders.remind(at.minus(Duration.ofMinutes(10)));
		assertThat(posts()).isEqualTo(2);
		assertThat(messenger.sent())
			.anySatisfy((line) -> assertThat(line).contains("is tomorrow").contains("14:00 (Europe/Warsaw)"))
			.anySatisfy((line) -> assertThat(line).contains("starts in 15 minutes"));
	}

	@Test
	void aMessageSavedFromTheChannelMenuBecomesAKeyPointOfTheBoundPanel() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		admin("/panel create " + name + " domains:energy");
		String room = "room-" + name;
		conversation.handle(new Inbound(new Sender(Platform.SHELL, "shell-admin", "admin"), null, room, null, null,
				new Input.CommandText("/panel bind " + name)));
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
		say(ola, "/panel join " + name);
		admin("/panel start " + name);
		admin("/panel round open " + name + " question:\"What works?\"");

		Reply saved = conversation.handle(new Inbound(new Sender(Platform.SHELL, ola, ola), null, room, null, null,
				new Input.Action(SavingKeyPoints.ACTION, null, "Start with the schools", List.of())));
		Reply unbound = conversation.handle(new Inbound(new Sender(Platform.SHELL, ola, ola), null, "elsewhere", null,
				null, new Input.Action(SavingKeyPoints.ACTION, null, "Lost point", List.of())));

		assertThat(saved.error()).as(PlainText.render(saved)).isFalse();
		assertThat(PlainText.render(saved)).contains("Saved to round 1 of " + name);
		assertThat(mongo.find(Query.query(Criteria.where("text").is("Start with the schools")), KeyPoint.class,
				MongoKeyPoints.COLLECTION))
			.hasSize(1);
		assertThat(unbound.error()).isTrue();
		assertThat(PlainText.render(unbound)).contains("not bound to a panel");
		admin("/panel end " + name);
	}

	@Test
	void suggestionsRankCitiesByCountryDomainFitAndReadinessWithReasons() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		admin("/panel create " + name + " domains:mobility");
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
		say(ola, "/panel join " + name);
		String lars = "lars-" + UUID.randomUUID().toString().substring(0, 6);
		say(lars, "/city register Malmö");
		say("shell-admin", "/city approve " + lars);
		say(lars, "/commit add title:\"Bus lanes " + name
				+ "\" domain:mobility target:\"20 km by 2028\" deadline:2028-12-31 owner:\"Streets\"");

		String suggested = PlainText.render(say(ola, "/panel suggest " + name));

		assertThat(suggested).contains("Kraków (PL) — same country as Łódź")
			.contains("Malmö (SE) — 1 open commitment in mobility")
			.doesNotContain("Łódź (PL)");
	}

	@Test
	void archivedPanelsAreOfferedByTheListAndSuggestionsIncludeCitiesWithoutCommitments() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
		admin("/panel create " + name + " domains:water");
		admin("/panel archive " + name);

		String listed = PlainText.render(say(ola, "/panel list"));
		String suggested = PlainText.render(say(ola, "/panel suggest " + name));

		assertThat(listed).contains("Archived: ").contains(name).contains("/panel outcomes ");
		assertThat(suggested).contains("a Mission City in no panel yet");
	}

	@Autowired
	Messenger routing;

	private Messenger conversationMessenger() {
		return routing;
	}

	private long posts() {
		return messenger.sent().stream().filter((line) -> line.startsWith("#room-" + name)).count();
	}

	private void admin(String text) {
		Reply reply = say("shell-admin", text);
		assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
	}

	private String error(String user, String text) {
		Reply reply = say(user, text);
		assertThat(reply.error()).as(PlainText.render(reply)).isTrue();
		return PlainText.render(reply);
	}

	private Reply say(String user, String text) {
		return conversation.handle(new Inbound(new Sender(Platform.SHELL, user, user), null, "shell", null, null,
				new Input.CommandText(text)));
	}

}
