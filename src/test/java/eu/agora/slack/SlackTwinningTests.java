package eu.agora.slack;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
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
 * Twinning on Slack: publishing introduces a pair in a multi-person DM
 * ({@code conversations.open} with both officers), the scheduled follow-up fourteen days
 * later arrives there with its three buttons, and pressing Yes — a signed
 * {@code block_actions} request — moves the pair to met.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
				"agora.shell.enabled=false", "SLACK_BOT_TOKEN=xoxb-test", "SLACK_SIGNING_SECRET=test-secret",
				"agora.twinning.follow-up-cron=* * * * * *" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
@Import(MutableClock.Config.class)
class SlackTwinningTests {

	static final FakeSlack slack = new FakeSlack();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Conversation conversation;

	@Autowired
	MutableClock clock;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("agora.slack.api-url", slack::apiUrl);
	}

	@AfterAll
	static void stopFake() {
		slack.close();
	}

	@Test
	void theIntroductionOpensAGroupDmAndTheFollowUpsYesButtonMovesThePairToMet() {
		String ola = "UO" + unique();
		String marta = "UM" + unique();
		String cohort = "Slack" + unique();
		joinWithInvite(ola, "Lodz");
		joinWithInvite(marta, "Seville");
		shell("/twin cohort create " + cohort);
		shell("/twin cohort add " + cohort + " Lodz Seville");
		shell("/twin match " + cohort);
		String published = shell("/twin publish " + cohort);
		Matcher id = Pattern.compile("T-\\d+").matcher(published);
		assertThat(id.find()).isTrue();
		String pair = id.group();

		String group = "D-" + ola + "," + marta;
		slack.await((call) -> call.is("conversations.open") && (ola + "," + marta).equals(call.params().get("users")));
		FakeSlack.Call introduction = slack
			.await((call) -> call.is("chat.postMessage") && group.equals(call.params().get("channel")));
		assertThat(introduction.params().get("blocks")).contains("Meet your twins").contains("A starter agenda");

		clock.advance(Duration.ofDays(14));
		FakeSlack.Call followUp = slack.await((call) -> call.is("chat.postMessage")
				&& group.equals(call.params().get("channel")) && call.params().get("blocks").contains("did you meet"));
		JsonNode yes = button(followUp.params().get("blocks"), pair + " yes");
		assertThat(followUp.params().get("blocks")).contains("Not yet").contains("We won't");

		String name = unique();
		String payload = """
				{"type":"block_actions","user":{"id":"%s","username":"marta"},"team":{"id":"T1"},
				 "channel":{"id":"%s"},"container":{"type":"message","channel_id":"%s"},"trigger_id":"t1",
				 "response_url":"%s",
				 "actions":[{"action_id":"%s","block_id":"b1","type":"button","value":"%s"}]}
				""".formatted(marta, group, group, slack.responseUrl(name), yes.get("action_id").asString(),
				yes.get("value").asString());
		assertThat(requests().post(SignedRequests.interactive(payload), SignedRequests.FORM).statusCode())
			.isEqualTo(200);

		assertThat(slack.await((call) -> call.path().endsWith("/response/" + name)).body()).contains("met");
		assertThat(shell("/twin show " + pair)).contains("Status").contains("met by");
	}

	private static JsonNode button(String blocks, String value) {
		for (JsonNode element : JSON.readTree(blocks).findValues("elements")) {
			for (JsonNode button : element) {
				if (value.equals(button.path("value").asString(""))) {
					return button;
				}
			}
		}
		throw new AssertionError("No button with value " + value + " in " + blocks);
	}

	private SignedRequests requests() {
		return new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), "test-secret");
	}

	private void say(String slackUser, String text) {
		Reply reply = conversation
			.handle(Inbound.direct(new Sender(Platform.SLACK, slackUser, slackUser), new Input.CommandText(text)));
		assertThat(reply.error()).as(PlainText.render(reply)).isFalse();
	}

	private String shell(String text) {
		Reply reply = conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "shell-admin", "admin"), new Input.CommandText(text)));
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isFalse();
		return PlainText.render(reply);
	}

	private static String unique() {
		return UUID.randomUUID().toString().substring(0, 6).toUpperCase(Locale.ROOT);
	}

	/** Joins {@code user} to {@code city} at once with an invite code an admin made. */
	private void joinWithInvite(String user, String city) {
		Matcher code = Pattern.compile("code:([A-Z0-9]+)").matcher(shell("/city invite " + city));
		assertThat(code.find()).isTrue();
		say(user, "/city register " + city + " code:" + code.group(1));
	}

}
