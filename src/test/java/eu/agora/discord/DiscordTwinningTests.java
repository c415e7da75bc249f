package eu.agora.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.agora.MutableClock;
import eu.agora.SeparateTestDatabase;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twinning on Discord with real JDA against the fake gateway and REST API: publishing
 * opens a private thread in the configured group channel with both officers added, the
 * scheduled follow-up fourteen days later arrives in it with its three buttons, and
 * pressing Yes moves the pair to met.
 */
@SpringBootTest(properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
		"agora.shell.enabled=false", "agora.knowledge.index=memory", "agora.knowledge.starter=false",
		"agora.twinning.follow-up-cron=* * * * * *" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
@Import(MutableClock.Config.class)
class DiscordTwinningTests {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final String MARTA = "1100000000000000099";

	static final FakeDiscordRest rest = start();

	static final FakeDiscordGateway gateway = new FakeDiscordGateway();

	static {
		gateway.start();
	}

	@Autowired
	Conversation conversation;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		registry.add("DISCORD_TOKEN", () -> FakeDiscordRest.TOKEN);
		registry.add("agora.discord.rest-url", rest::url);
		registry.add("agora.discord.gateway-url", gateway::url);
		registry.add("agora.discord.guild-ids", () -> Discord.GUILD);
		registry.add("agora.discord.ready-timeout", () -> "15s");
		registry.add("agora.discord.group-channel-id", () -> Discord.CHANNEL);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		rest.stop();
		gateway.stop();
	}

	@Test
	void theIntroductionOpensAPrivateThreadAndTheFollowUpsYesButtonMovesThePairToMet() throws InterruptedException {
		joinWithInvite(Discord.USER, "Lodz");
		joinWithInvite(MARTA, "Seville");
		String cohort = "Discord" + System.nanoTime();
		shell("/twin cohort create " + cohort);
		shell("/twin cohort add " + cohort + " Lodz Seville");
		shell("/twin match " + cohort);
		Matcher id = Pattern.compile("T-\\d+").matcher(shell("/twin publish " + cohort));
		assertThat(id.find()).isTrue();
		String pair = id.group();

		JsonNode thread = Discord.JSON.readTree(
				rest.await((request) -> request.is("POST", "/channels/" + Discord.CHANNEL + "/threads"), WAIT).body());
		assertThat(thread.get("name").asString()).startsWith("Meet your twins: Łódź & Seville");
		assertThat(thread.get("type").asInt()).isEqualTo(12);
		rest.await((request) -> request.is("PUT", "/thread-members/" + Discord.USER), WAIT);
		rest.await((request) -> request.is("PUT", "/thread-members/" + MARTA), WAIT);
		String inThread = "/channels/" + Discord.THREAD + "/messages";
		assertThat(rest.await((request) -> request.is("POST", inThread), WAIT).body()).contains("Meet your twins");

		clock.advance(Duration.ofDays(14));
		String followUp = rest
			.await((request) -> request.is("POST", inThread) && request.body().contains("did you meet"), WAIT)
			.body();
		assertThat(followUp).contains("Not yet").contains("We won't");
		String yes = customId(followUp, pair + " yes");

		Map<String, Object> press = Discord.button(yes);
		gateway.dispatch("INTERACTION_CREATE", press);
		String callback = "/interactions/" + press.get("id") + "/" + press.get("token") + "/callback";
		assertThat(rest.await((request) -> request.is("POST", callback), WAIT).body()).contains("met");
		assertThat(shell("/twin show " + pair)).contains("met by");
	}

	private static String customId(String message, String value) {
		for (JsonNode id : Discord.JSON.readTree(message).findValues("custom_id")) {
			if (id.asString().endsWith("|" + value)) {
				return id.asString();
			}
		}
		throw new AssertionError("No button for " + value + " in " + message);
	}

	private void say(String discordUser, String text) {
		Reply reply = conversation
			.handle(Inbound.direct(new Sender(Platform.DISCORD, discordUser, "Officer"), new Input.CommandText(text)));
		assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
	}

	private String shell(String text) {
		Reply reply = conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "shell-admin", "admin"), new Input.CommandText(text)));
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isFalse();
		return PlainText.render(reply);
	}

	private static FakeDiscordRest start() {
		try {
			return new FakeDiscordRest();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Joins {@code user} to {@code city} at once with an invite code an admin made. */
	private void joinWithInvite(String user, String city) {
		Matcher code = Pattern.compile("code:([A-Z0-9]+)").matcher(shell("/city invite " + city));
		assertThat(code.find()).isTrue();
		say(user, "/city register " + city + " code:" + code.group(1));
	}

}
