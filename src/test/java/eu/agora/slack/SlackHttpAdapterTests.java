package eu.agora.slack;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.agora.FileTestCommands;
import eu.agora.SeparateTestDatabase;
import eu.agora.conversation.Address;
import eu.agora.conversation.Element;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running application receives signed Slack requests over HTTP; its Web API calls and
 * response_url posts go to a local fake that records them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
				"agora.shell.enabled=false", "SLACK_BOT_TOKEN=xoxb-test", "SLACK_SIGNING_SECRET=test-secret" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
@Import(FileTestCommands.class)
class SlackHttpAdapterTests {

	static final FakeSlack slack = new FakeSlack();

	@LocalServerPort
	int port;

	@Autowired
	Messenger messenger;

	@Autowired
	SlackMessenger slackMessenger;

	@Autowired
	HealthIndicator slackHealthIndicator;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("agora.slack.api-url", slack::apiUrl);
		registry.add("agora.directory.admins", () -> "shell:shell-admin,slack:" + MODERATOR);
		registry.add("agora.directory.platform-roles[slack:S0614TZR7]", () -> "moderator");
		// before any request: the groups are read once per 5 minutes for the whole
		// workspace
		slack.userGroup("S0614TZR7", "mission-moderators", GROUP_MEMBER);
		slack.user(GROUP_MEMBER, "Ola Kowalska");
	}

	/** A Slack user in the user group that confers the moderator role. */
	static final String GROUP_MEMBER = "U7GROUP1";

	/** A Slack user who is an admin, and so may moderate any panel. */
	static final String MODERATOR = "U9";

	@AfterAll
	static void stopFake() {
		slack.close();
	}

	@TestConfiguration
	static class Commands {

		@Bean
		SlackTestCommands slackTestCommands() {
			return new SlackTestCommands();
		}

	}

	SignedRequests requests() {
		return new SignedRequests(URI.create("http://127.0.0.1:" + port + "/slack/events"), "test-secret");
	}

	String command(String command, String text, String responseName) {
		return SignedRequests.slashCommand(command, text, slack.responseUrl(responseName), "trigger-" + responseName);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	@Test
	void slashCommandCityShowLodzAnswersWithTheCardThroughResponseUrl() {
		String name = unique();
		HttpResponse<String> ack = requests().post(command("/city", "show Lodz", name), SignedRequests.FORM);

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call reply = slack.await((call) -> call.path().endsWith("/response/" + name));
		assertThat(reply.body()).contains("Łódź").contains("\"type\":\"section\"").contains("\"fields\"");
		assertThat(reply.body()).contains("\"response_type\":\"ephemeral\"");
	}

	@Test
	void aBadSignatureIsRefusedWith401AndNothingIsCalled() {
		String name = unique();
		String body = command("/city", "show Lodz", name);
		long now = Instant.now().getEpochSecond();

		HttpResponse<String> response = requests().send(body, SignedRequests.FORM, now,
				SignedRequests.signature("wrong-secret", now, body), Map.of());

		assertThat(response.statusCode()).isEqualTo(401);
		FakeSlack.sleep(500);
		assertThat(slack.calls((call) -> call.path().endsWith(name))).isEmpty();
	}

	@Test
	void aTimestampOlderThanFiveMinutesIsRefusedWith401() {
		String name = unique();
		String body = command("/city", "show Lodz", name);
		long old = Instant.now().minusSeconds(6 * 60).getEpochSecond();

		HttpResponse<String> response = requests().send(body, SignedRequests.FORM, old,
				SignedRequests.signature("test-secret", old, body), Map.of());

		assertThat(response.statusCode()).isEqualTo(401);
		FakeSlack.sleep(500);
		assertThat(slack.calls((call) -> call.path().endsWith(name))).isEmpty();
	}

	@Test
	void aButtonPressReachesItsCatalogActionWithItsValue() {
		String name = unique();
		String payload = """
				{"type":"block_actions","user":{"id":"U1","username":"ola"},"team":{"id":"T1"},
				 "channel":{"id":"C1"},"container":{"type":"message","channel_id":"C1"},"trigger_id":"t1",
				 "response_url":"%s",
				 "actions":[{"action_id":"test:ping#2","block_id":"b1","type":"button","value":"42"}]}
				""".formatted(slack.responseUrl(name));

		assertThat(requests().post(SignedRequests.interactive(payload), SignedRequests.FORM).statusCode())
			.isEqualTo(200);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body()).contains("pong 42");
	}

	@Test
	void anUnknownButtonGetsAClearEphemeralReply() {
		String name = unique();
		String payload = """
				{"type":"block_actions","user":{"id":"U1","username":"ola"},"team":{"id":"T1"},
				 "channel":{"id":"C1"},"trigger_id":"t1","response_url":"%s",
				 "actions":[{"action_id":"gone:button","block_id":"b1","type":"button","value":"x"}]}
				""".formatted(slack.responseUrl(name));

		requests().post(SignedRequests.interactive(payload), SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body()).contains("no longer supported")
			.contains("ephemeral");
	}

	@Test
	void aCommandThatAsksForAFormOpensAModal() {
		String name = unique();
		requests().post(command("/survey", "", name), SignedRequests.FORM);

		FakeSlack.Call open = slack
			.await((call) -> call.is("views.open") && ("trigger-" + name).equals(call.params().get("trigger_id")));
		assertThat(open.params().get("view")).contains("\"callback_id\":\"test:survey\"")
			.contains("\"private_metadata\":\"C1\"");
	}

	@Test
	void anInvalidFormFieldIsShownInlineInTheModal() {
		HttpResponse<String> response = requests().post(SignedRequests.interactive(submission("")),
				SignedRequests.FORM);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"response_action\":\"errors\"").contains("\"city\":\"Name your city");
	}

	@Test
	void aValidFormClosesTheModalAndTheAnswerFollows() {
		String city = "Town" + unique();
		HttpResponse<String> response = requests().post(SignedRequests.interactive(submission(city)),
				SignedRequests.FORM);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).doesNotContain("response_action");
		FakeSlack.Call answer = slack.await((call) -> call.is("chat.postEphemeral") && call.content().contains(city));
		assertThat(answer.params()).containsEntry("channel", "C1").containsEntry("user", "U1");
	}

	@Test
	void anUnknownFormGetsAClearReply() {
		String payload = submission("x").replace("test:survey", "gone:form");
		requests().post(SignedRequests.interactive(payload), SignedRequests.FORM);

		slack.await((call) -> call.is("chat.postEphemeral") && call.content().contains("gone:form"));
	}

	@Test
	void theCommitmentFormOpensAsAModalAndItsErrorsShowInline() {
		String name = unique();
		requests().post(asOfficer(command("/city", "register Lodz", name + "-register")), SignedRequests.FORM);
		slack.await((call) -> call.path().endsWith(name + "-register"));
		requests().post(
				command("/city", "approve <@U7>", name + "-approve").replace("user_id=U1", "user_id=" + MODERATOR),
				SignedRequests.FORM);
		assertThat(slack.await((call) -> call.path().endsWith(name + "-approve")).body()).contains("Approved");

		requests().post(asOfficer(command("/commit", "add", name)), SignedRequests.FORM);
		FakeSlack.Call open = slack
			.await((call) -> call.is("views.open") && ("trigger-" + name).equals(call.params().get("trigger_id")));
		HttpResponse<String> invalid = requests().post(SignedRequests.interactive(commitmentForm("lots")),
				SignedRequests.FORM);

		assertThat(open.params().get("view")).contains("\"callback_id\":\"commit:add\"")
			.contains("Log a commitment")
			.contains("static_select");
		assertThat(invalid.body()).contains("\"response_action\":\"errors\"").contains("\"target\"");
	}

	/** The same request from another user, an officer of Łódź. */
	static String asOfficer(String form) {
		return form.replace("user_id=U1", "user_id=U7");
	}

	static String commitmentForm(String target) {
		String field = "\"%s\":{\"%s\":{\"type\":\"plain_text_input\",\"value\":\"%s\"}}";
		String values = String.join(",", field.formatted("title", "title", "Cycle lanes " + unique()),
				field.formatted("owner", "owner", "Mobility Office"),
				"\"domain\":{\"domain\":{\"type\":\"static_select\",\"selected_option\":{\"value\":\"mobility\"}}}",
				field.formatted("target", "target", target), field.formatted("deadline", "deadline", "2031-06-30"));
		return """
				{"type":"view_submission","user":{"id":"U7","username":"ola"},"team":{"id":"T1"},
				 "trigger_id":"t3","view":{"id":"V2","type":"modal","callback_id":"commit:add","private_metadata":"C1",
				 "state":{"values":{%s}}}}
				""".formatted(values);
	}

	static String submission(String city) {
		return """
				{"type":"view_submission","user":{"id":"U1","username":"ola"},"team":{"id":"T1"},
				 "trigger_id":"t2","view":{"id":"V1","type":"modal","callback_id":"test:survey","private_metadata":"C1",
				 "state":{"values":{"city":{"city":{"type":"plain_text_input","value":"%s"}}}}}}
				""".formatted(city);
	}

	@Test
	void aMessageShortcutHandsTheMessageTextToTheAction() {
		String name = unique();
		requests().post(SignedRequests.interactive(shortcut("test:echo", name)), SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body()).contains("echo: Key point: plant trees");
	}

	@Test
	void anUnregisteredUserIsToldToRegisterFirst() {
		String name = unique();
		requests().post(SignedRequests.interactive(shortcut("test:save", name)), SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body()).contains("/city register <city>");
	}

	@Test
	void aPanelSessionRunsInItsBoundChannel() {
		String panel = "Slack Panel " + unique();
		String channel = "C" + unique();
		moderate(panel, channel, "/panel", "create " + panel + " domains:energy");
		moderate(panel, channel, "/panel", "bind " + panel);
		moderate(panel, channel, "/panel", "start " + panel);
		moderate(panel, channel, "/panel", "round open " + panel + " question:\"What convinced tenants?\"");
		FakeSlack.Call question = slack.await((call) -> call.is("chat.postMessage")
				&& channel.equals(call.params().get("channel")) && call.content().contains("Round 1"));

		String name = unique();
		requests()
			.post(SignedRequests.interactive(shortcut(SAVE_KEY_POINT, name).replace("\"C1\"", "\"" + channel + "\"")
				.replace("\"U1\"", "\"" + MODERATOR + "\"")), SignedRequests.FORM);
		assertThat(slack.await((call) -> call.path().endsWith(name)).body()).contains("Saved to round 1 of " + panel);

		moderate(panel, channel, "/panel", "round close " + panel);
		moderate(panel, channel, "/panel", "summary " + panel);
		moderate(panel, channel, "/panel", "publish " + panel);
		FakeSlack.Call outcome = slack.await((call) -> call.is("chat.postMessage")
				&& channel.equals(call.params().get("channel")) && call.content().contains("Outcome published"));
		assertThat(question.content()).contains("What convinced tenants?");
		assertThat(outcome.content()).contains("What convinced tenants?")
			.contains("plant trees")
			.doesNotContain(MODERATOR);
	}

	static final String SAVE_KEY_POINT = "panel:save-key-point";

	private void moderate(String panel, String channel, String command, String text) {
		String name = unique();
		String form = command(command, text, name).replace("user_id=U1", "user_id=" + MODERATOR)
			.replace("channel_id=C1", "channel_id=" + channel);
		requests().post(form, SignedRequests.FORM);
		String answer = slack
			.await((call) -> call.path().endsWith(name)
					|| (call.is("views.open") && ("trigger-" + name).equals(call.params().get("trigger_id"))))
			.content();
		assertThat(answer).as(text + " in " + panel).doesNotContain("\"error\"");
	}

	String shortcut(String callbackId, String name) {
		return """
				{"type":"message_action","callback_id":"%s","trigger_id":"t3","response_url":"%s",
				 "message_ts":"1.1","action_ts":"1.2",
				 "message":{"type":"message","text":"Key point: plant trees","ts":"1.1","user":"U2"},
				 "channel":{"id":"C1","name":"general"},"user":{"id":"U1","name":"ola"},"team":{"id":"T1"}}
				""".formatted(callbackId, slack.responseUrl(name));
	}

	@Test
	void aMessageShortcutOnAMessageWithAFileFetchesItsPrivateUrlWithTheBotToken() {
		byte[] content = "Heat plan for Łódź".getBytes(StandardCharsets.UTF_8);
		String url = slack.file("plan.txt", content, "text/plain");
		String name = unique();

		requests().post(
				SignedRequests
					.interactive(shortcutWithFile(name, "plan.txt", "text/plain", String.valueOf(content.length), url)),
				SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body())
			.contains("echo plan.txt " + content.length + " bytes sha256:" + FileTestCommands.sha256(content));
		String origin = url.substring(url.indexOf("/files-pri/")).replace("/files-pri/", "/files-origin/");
		assertThat(slack.await((call) -> call.path().equals(origin)).params()).containsEntry("token",
				FakeSlack.BOT_TOKEN);
	}

	@Test
	void aFileSlackDoesNotGiveAsksForTheFilesReadScope() {
		String name = unique();
		requests().post(SignedRequests.interactive(
				shortcutWithFile(name, "plan.pdf", "application/pdf", "2048", slack.fileWithoutScope("plan.pdf"))),
				SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body())
			.contains("Slack did not give Agora the file: add the files:read scope / re-install the app")
			.contains("\"response_type\":\"ephemeral\"");
	}

	@Test
	void aFileOverTheLimitIsRefusedByItsSizeOrWhileReadingIt() {
		String bySize = unique();
		String whileReading = unique();
		String small = slack.file("big.pdf", new byte[1], "application/pdf");
		String large = slack.file("scan.bin", new byte[(int) FileTestCommands.LIMIT + 1], "application/octet-stream");

		requests().post(SignedRequests.interactive(shortcutWithFile(bySize, "big.pdf", "application/pdf",
				String.valueOf(5 * FileTestCommands.LIMIT), small)), SignedRequests.FORM);
		requests().post(
				SignedRequests
					.interactive(shortcutWithFile(whileReading, "scan.bin", "application/octet-stream", null, large)),
				SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(bySize)).body())
			.contains("`big.pdf` is 5 MB; Agora takes files up to 1 MB.");
		assertThat(slack.await((call) -> call.path().endsWith(whileReading)).body())
			.contains("`scan.bin` is larger than 1 MB, the most Agora takes.");
		assertThat(slack.calls((call) -> small.endsWith(call.path()))).isEmpty();
	}

	@Test
	void aSlashCommandCannotCarryAFileAndSaysWhichShortcutDoes() {
		String name = unique();
		requests().post(command("/filetest", "echo file:plan.pdf", name), SignedRequests.FORM);

		assertThat(slack.await((call) -> call.path().endsWith(name)).body())
			.contains("Slack slash commands can't carry files: post the file in a message, then use the message "
					+ "shortcut (⋯ → " + FileTestCommands.ACTION + ") on it.");
	}

	/**
	 * A message shortcut of the file test on a message with one file; size may be left
	 * out.
	 */
	String shortcutWithFile(String responseName, String fileName, String mimetype, String size, String url) {
		String sizeField = (size != null) ? "\"size\":" + size + "," : "";
		String file = "{\"id\":\"F1\",\"name\":\"%s\",\"mimetype\":\"%s\",%s\"url_private\":\"%s\",\"mode\":\"hosted\"}"
			.formatted(fileName, mimetype, sizeField, url);
		return shortcut("filetest:echo", responseName).replace("\"text\":\"Key point: plant trees\"",
				"\"text\":\"Here is the file\",\"files\":[" + file + "]");
	}

	/**
	 * An {@code app_mention} event from {@code user} in {@code channel}, one per channel.
	 */
	static String mention(String user, String channel, String text) {
		return """
				{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev%s",
				 "event_time":1700000000,
				 "event":{"type":"app_mention","user":"%s","text":"<@UBOT> %s","ts":"1.5",
				  "channel":"%s","event_ts":"1.5"}}
				""".formatted(channel, user, text, channel).replace("\n", "");
	}

	@Test
	void aMentionRunsTheCommandAndARetriedEventIsHandledOnce() {
		String channel = "C" + unique();
		String event = mention("U1", channel, "/city show Lodz");

		assertThat(requests().post(event, SignedRequests.JSON).statusCode()).isEqualTo(200);
		HttpResponse<String> retry = requests().send(event, SignedRequests.JSON, Instant.now().getEpochSecond(),
				SignedRequests.signature("test-secret", Instant.now().getEpochSecond(), event),
				Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"));
		assertThat(retry.statusCode()).isEqualTo(200);

		slack.await((call) -> call.is("chat.postEphemeral") && channel.equals(call.params().get("channel"))
				&& call.content().contains("Łódź"));
		FakeSlack.sleep(1000);
		assertThat(slack.calls((call) -> channel.equals(call.params().get("channel")))).hasSize(1);
	}

	@Test
	void aMentionByAMemberOfAMappedUserGroupCarriesTheirNameAndTheGroupsRole() {
		String channel = "C" + unique();

		requests().post(mention(GROUP_MEMBER, channel, "/agora whoami"), SignedRequests.JSON);

		FakeSlack.Call reply = slack.await((call) -> call.is("chat.postEphemeral")
				&& channel.equals(call.params().get("channel")) && call.content().contains("Agora id"));
		assertThat(reply.content()).contains("Ola Kowalska").contains("moderator");
	}

	@Test
	void aDirectMessageOrMentionThatReadsAsAQuestionIsAskedAndOtherTextIsToldAboutCommands() {
		String channel = "D" + unique();
		String bot = "D" + unique();
		post(directMessage(channel, "U1", null, "What is the Mission Label?"));
		post(directMessage(channel, "U1", null, "hello there"));
		post(directMessage(bot, "UBOT", "B1", "What is the Mission Label?"));
		String mentioned = "C" + unique();
		post("""
				{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev%s",
				 "event_time":1700000000,
				 "event":{"type":"app_mention","user":"U1","text":"<@UBOT> What is the Mission Label?","ts":"1.5",
				  "channel":"%s","event_ts":"1.5"}}
				""".formatted(mentioned, mentioned).replace("\n", ""));

		slack.await(
				(call) -> channel.equals(call.params().get("channel")) && call.content().contains("I answer commands"));
		slack.await(
				(call) -> channel.equals(call.params().get("channel")) && !call.content().contains("I answer commands")
						&& (call.content().contains("Mission Label") || call.content().contains("I don't know")));
		slack.await((call) -> mentioned.equals(call.params().get("channel"))
				&& !call.content().contains("I answer commands")
				&& (call.content().contains("Mission Label") || call.content().contains("I don't know")));
		FakeSlack.sleep(500);
		assertThat(slack.calls((call) -> bot.equals(call.params().get("channel")))).isEmpty();
	}

	private void post(String event) {
		assertThat(requests().post(event, SignedRequests.JSON).statusCode()).isEqualTo(200);
	}

	private static String directMessage(String channel, String user, @Nullable String botId, String text) {
		return """
				{"token":"x","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"Ev%s",
				 "event_time":1700000000,
				 "event":{"type":"message","channel_type":"im","user":"%s",%s"text":"%s","ts":"1.5",
				  "channel":"%s","event_ts":"1.5"}}
				"""
			.formatted(UUID.randomUUID(), user, (botId != null) ? "\"bot_id\":\"" + botId + "\"," : "", text, channel)
			.replace("\n", "");
	}

	@Test
	void theMessengerPostsToAChannelInMrkdwn() {
		String channel = "C" + unique();
		messenger.send(new Address.Channel(Platform.SLACK, channel),
				Reply.text("**Digest** of [the week](https://x.eu)"));

		FakeSlack.Call post = slack
			.await((call) -> call.is("chat.postMessage") && channel.equals(call.params().get("channel")));
		assertThat(post.params().get("blocks")).contains("*Digest* of <https://x.eu|the week>");
	}

	@Test
	void theMessengerOpensDirectAndGroupConversations() {
		String one = "U" + unique();
		slackMessenger.toUser(one, Reply.text("Hello"));
		slackMessenger.toGroup(List.of(one, "U2"), Reply.text("Meet your twin"));

		slack.await((call) -> call.is("chat.postMessage") && ("D-" + one).equals(call.params().get("channel")));
		slack.await((call) -> call.is("chat.postMessage") && ("D-" + one + ",U2").equals(call.params().get("channel"))
				&& call.content().contains("Meet your twin"));
	}

	@Test
	void aDigestComesIntoTheDirectMessageWithItsChartUploadedThroughFilesUploadV2() {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("team_id", "T1");
		fields.put("channel_id", "C1");
		fields.put("user_id", MODERATOR);
		fields.put("user_name", "mira");
		fields.put("command", "/digest");
		fields.put("text", "preview scope:EU");
		fields.put("response_url", slack.responseUrl("digest-" + unique()));
		fields.put("trigger_id", "trigger-digest");

		HttpResponse<String> ack = requests().post(SignedRequests.form(fields), SignedRequests.FORM);

		assertThat(ack.statusCode()).isEqualTo(200);
		FakeSlack.Call complete = slack.await((call) -> call.is("files.completeUploadExternal")
				&& ("D-" + MODERATOR).equals(call.params().get("channel_id")));
		FakeSlack.Call asked = slack.await(
				(call) -> call.is("files.getUploadURLExternal") && "digest.png".equals(call.params().get("filename")));
		String fileId = slack.calls((call) -> call.path().startsWith("/upload/"))
			.stream()
			.map((call) -> call.path().substring("/upload/".length()))
			.filter((id) -> complete.params().get("files").contains(id))
			.findFirst()
			.orElseThrow();
		byte[] png = slack.uploaded(fileId);
		assertThat(png).startsWith(0x89, 'P', 'N', 'G');
		assertThat(asked.params().get("length")).isEqualTo(String.valueOf(png.length));
		assertThat(slack.calls((call) -> call.content().contains("Weekly digest"))).isNotEmpty()
			.noneSatisfy((call) -> assertThat(call.content()).contains("attachment://"));
	}

	@Test
	void aProactiveDigestPostsItsTextAndUploadsItsImageIntoTheDirectMessage() {
		String coordinator = "U" + unique();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };
		Reply digest = Reply.of(new Element.Text("**Weekly digest — Poland**"),
				new Element.Image("attachment://digest.png", "Commitments in Poland"),
				new Element.Attachment("digest.png", "image/png", png));

		slackMessenger.toUser(coordinator, digest);

		slack.await((call) -> call.is("chat.postMessage") && ("D-" + coordinator).equals(call.params().get("channel"))
				&& call.content().contains("Weekly digest") && !call.content().contains("attachment://"));
		slack.await((call) -> call.is("files.completeUploadExternal")
				&& ("D-" + coordinator).equals(call.params().get("channel_id")));
	}

	@Test
	void healthShowsTheTokenIsValid() {
		Health health = slackHealthIndicator.health(true);
		assertThat(health.getStatus().getCode()).isEqualTo("UP");
		assertThat(health.getDetails()).containsEntry("mode", "http").containsEntry("state", "token_valid");
	}

}
