package eu.agora.discord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.agora.AgoraTest;
import eu.agora.FileTestCommands;
import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.FormSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application with real JDA against a local fake Discord: a gateway that
 * dispatches interactions, and a REST API that records registrations and answers.
 */
@AgoraTest
@Import(FileTestCommands.class)
class DiscordAdapterTests {

	private static final Duration WAIT = Duration.ofSeconds(10);

	static final FakeDiscordRest rest = start();

	static final FakeDiscordGateway gateway = new FakeDiscordGateway();

	static {
		gateway.start();
	}

	@Autowired
	DiscordHealthIndicator health;

	@Autowired
	List<PlatformMessenger> messengers;

	@DynamicPropertySource
	static void discord(DynamicPropertyRegistry registry) {
		registry.add("DISCORD_TOKEN", () -> FakeDiscordRest.TOKEN);
		registry.add("agora.discord.rest-url", rest::url);
		registry.add("agora.discord.gateway-url", gateway::url);
		registry.add("agora.discord.guild-ids", () -> Discord.GUILD);
		registry.add("agora.discord.ready-timeout", () -> "15s");
		registry.add("agora.discord.group-channel-id", () -> Discord.CHANNEL);
		registry.add("agora.directory.admins", () -> "shell:shell-admin,discord:" + Discord.USER);
	}

	@AfterAll
	static void stop() throws InterruptedException {
		rest.stop();
		gateway.stop();
	}

	@Test
	void registersTheCatalogInTheConfiguredGuild() throws InterruptedException {
		FakeDiscordRest.Request put = rest.await((request) -> request.is("PUT",
				"/applications/" + Discord.APPLICATION + "/guilds/" + Discord.GUILD + "/commands"), WAIT);
		JsonNode commands = Discord.JSON.readTree(put.body());
		JsonNode city = find(commands, "city");
		assertThat(city.get("description").asString()).isNotBlank();
		assertThat(city.get("options").findValuesAsString("name")).contains("show", "list", "register");
		JsonNode save = find(commands, "Save as Discord test");
		assertThat(save.get("type").asInt()).isEqualTo(3);
		JsonNode echo = find(commands, "filetest").get("options").get(0);
		assertThat(echo.at("/options/0/name").asString()).isEqualTo("file");
		assertThat(echo.at("/options/0/type").asInt()).isEqualTo(11);
	}

	@Test
	void aSlashCommandsAttachmentIsFetchedFromTheCdnWithoutTheBotToken() throws InterruptedException {
		byte[] content = "Heat plan for Łódź".getBytes(StandardCharsets.UTF_8);
		String url = rest.attachment("plan.txt", content);

		JsonNode answer = answer(Discord.slashWithFile("filetest", "echo", "file",
				Discord.attachment("plan.txt", "text/plain; charset=utf-8", content.length, url)));

		assertThat(answer.at("/data/content").asString())
			.isEqualTo("echo plan.txt " + content.length + " bytes sha256:" + FileTestCommands.sha256(content));
		FakeDiscordRest.Request fetched = rest.await((request) -> url.endsWith(request.path()), WAIT);
		assertThat(fetched.method()).isEqualTo("GET");
		assertThat(fetched.authorization()).isNull();
	}

	@Test
	void aMessageContextMenuOnAMessageWithFilesGetsTheFirstFile() throws InterruptedException {
		byte[] minutes = "Minutes of the panel".getBytes(StandardCharsets.UTF_8);
		byte[] photo = new byte[] { 1, 2, 3 };
		List<Map<String, Object>> attachments = List.of(
				Discord.attachment("minutes.md", "text/markdown", minutes.length,
						rest.attachment("minutes.md", minutes)),
				Discord.attachment("photo.png", "image/png", photo.length, rest.attachment("photo.png", photo)));

		JsonNode answer = answer(Discord.messageCommand(FileTestCommands.ACTION, "See the minutes", attachments));
		JsonNode withoutFile = answer(Discord.messageCommand(FileTestCommands.ACTION, "Nothing attached"));

		assertThat(answer.at("/data/content").asString())
			.isEqualTo("echo minutes.md " + minutes.length + " bytes sha256:" + FileTestCommands.sha256(minutes));
		assertThat(withoutFile.toString()).contains("works on a message with a file");
	}

	@Test
	void aFileOverTheLimitIsRefusedByItsSizeOrWhileReadingIt() throws InterruptedException {
		String small = rest.attachment("big.pdf", new byte[10]);
		String large = rest.attachment("lying.bin", new byte[(int) FileTestCommands.LIMIT + 1]);

		JsonNode bySize = answer(Discord.slashWithFile("filetest", "echo", "file",
				Discord.attachment("big.pdf", "application/pdf", 5 * FileTestCommands.LIMIT, small)));
		JsonNode whileReading = answer(
				Discord.slashWithFile("filetest", "echo", "file", Discord.attachment("lying.bin", null, 10, large)));

		assertThat(bySize.toString()).contains("big.pdf").contains("is 5 MB; Agora takes files up to 1 MB");
		assertThat(rest.requests()).noneMatch((request) -> small.endsWith(request.path()));
		assertThat(whileReading.toString()).contains("lying.bin").contains("is larger than 1 MB");
	}

	@Test
	void answersCityShowWithTheCityCard() throws InterruptedException {
		Map<String, Object> interaction = Discord.slash("city", List.of("show"), Map.of("name", "Lodz"));
		gateway.dispatch("INTERACTION_CREATE", interaction);
		JsonNode callback = callback(interaction);
		assertThat(callback.get("type").asInt()).isEqualTo(4);
		assertThat(callback.at("/data/embeds/0/title").asString()).contains("Łódź");
		assertThat(callback.at("/data/embeds/0/fields").findValuesAsString("name")).contains("Country");
	}

	@Test
	void aButtonPressReachesItsActionAndAnswersInTheChannel() throws InterruptedException {
		Map<String, Object> interaction = Discord.button("discordtest:vote|yes");
		gateway.dispatch("INTERACTION_CREATE", interaction);
		JsonNode callback = callback(interaction);
		assertThat(callback.at("/data/content").asString()).isEqualTo("Ola from Łódź voted yes");
		assertThat(callback.at("/data/flags").asInt(0) & 64).isZero();
	}

	@Test
	void aCommandThatAsksForAFormOpensAModalWhoseSubmissionIsHandled() throws InterruptedException {
		Map<String, Object> command = Discord.slash("discordtest", List.of("form"), Map.of());
		gateway.dispatch("INTERACTION_CREATE", command);
		JsonNode modal = callback(command);
		assertThat(modal.get("type").asInt()).isEqualTo(9);
		assertThat(modal.at("/data/custom_id").asString()).isEqualTo("discordtest:feedback");
		assertThat(modal.at("/data/components/0/component/custom_id").asString()).isEqualTo("comment");

		Map<String, Object> submit = Discord.modalSubmit("discordtest:feedback", Map.of("comment", "Great panel"));
		gateway.dispatch("INTERACTION_CREATE", submit);
		JsonNode thanks = callback(submit);
		assertThat(thanks.at("/data/content").asString()).isEqualTo("Thanks: Great panel");
		assertThat(thanks.at("/data/flags").asInt() & 64).isEqualTo(64);
	}

	@Test
	void anInvalidSubmissionListsTheErrorsAndReopensTheFormWithTheValuesKept() throws InterruptedException {
		Map<String, Object> submit = Discord.modalSubmit("discordtest:feedback", Map.of("comment", "no"));
		gateway.dispatch("INTERACTION_CREATE", submit);
		JsonNode errors = callback(submit);
		assertThat(errors.at("/data/content").asString()).contains("Comment: say a little more");
		String reopen = errors.at("/data/components/0/components/0/custom_id").asString();
		assertThat(reopen).startsWith(CustomIds.FORM);

		Map<String, Object> press = Discord.button(reopen);
		gateway.dispatch("INTERACTION_CREATE", press);
		JsonNode modal = callback(press);
		assertThat(modal.get("type").asInt()).isEqualTo(9);
		assertThat(modal.at("/data/components/0/component/value").asString()).isEqualTo("no");
	}

	@Test
	void aMessageContextMenuCommandGetsTheMessageText() throws InterruptedException {
		Map<String, Object> interaction = Discord.messageCommand("Save as Discord test", "We commit to 40% less CO2");
		gateway.dispatch("INTERACTION_CREATE", interaction);
		assertThat(callback(interaction).at("/data/content").asString()).isEqualTo("Saved: We commit to 40% less CO2");
	}

	@Test
	void slowWorkIsDeferredAndTheAnswerFollowsThroughTheHook() throws InterruptedException {
		Map<String, Object> interaction = Discord.slash("discordtest", List.of("slow"), Map.of());
		gateway.dispatch("INTERACTION_CREATE", interaction);
		JsonNode deferred = callback(interaction);
		assertThat(deferred.get("type").asInt()).isEqualTo(5);
		assertThat(deferred.at("/data/flags").asInt() & 64).isEqualTo(64);
		String original = "/webhooks/" + Discord.APPLICATION + "/" + interaction.get("token") + "/messages/@original";
		FakeDiscordRest.Request edit = rest.await((request) -> request.is("PATCH", original), WAIT);
		assertThat(Discord.JSON.readTree(edit.body()).get("content").asString()).isEqualTo("Finally done");
	}

	@Test
	void aDigestShowsItsChartInTheEmbedFromTheAttachedFileOfTheSameName() throws InterruptedException {
		Map<String, Object> preview = Discord.slash("digest", List.of("preview"), Map.of("scope", "EU"));
		gateway.dispatch("INTERACTION_CREATE", preview);
		FakeDiscordRest.Request answered = rest.await((request) -> request.body().contains("Weekly digest")
				&& request.body().contains("attachment://digest.png"), WAIT);
		assertThat(answered.body()).contains("filename=\"digest.png\"").contains("\"url\":\"attachment://digest.png\"");

		PlatformMessenger discord = messengers.stream()
			.filter((messenger) -> messenger.platform() == Platform.DISCORD)
			.findFirst()
			.orElseThrow();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 1, 2, 3 };
		discord.toChannel(Discord.CHANNEL,
				Reply.of(new Element.Text("Weekly digest — Poland"),
						new Element.Image("attachment://digest.png", "Commitments in Poland"),
						new Element.Attachment("digest.png", "image/png", png)));
		FakeDiscordRest.Request posted = rest
			.await((request) -> request.is("POST", "/channels/" + Discord.CHANNEL + "/messages")
					&& request.body().contains("Weekly digest — Poland"), WAIT);
		assertThat(posted.body()).contains("filename=\"digest.png\"")
			.contains("\"url\":\"attachment://digest.png\"")
			.contains("\"filename\":\"digest.png\"");
	}

	@Test
	void aDirectMessageOrAMentionThatReadsAsAQuestionIsAskedAndAnsweredInReply() throws InterruptedException {
		String dm = "/channels/" + Discord.DM + "/messages";
		String channel = "/channels/" + Discord.CHANNEL + "/messages";
		gateway.dispatch("MESSAGE_CREATE", Discord.userMessage(Discord.DM, "What is the Mission Label?", false));
		rest.await((request) -> request.is("POST", dm) && request.body().contains("message_reference")
				&& !request.body().contains("I answer commands"), WAIT);

		String question = "<@" + Discord.APPLICATION + "> which cities plan district heating "
				+ UUID.randomUUID().toString().substring(0, 4);
		gateway.dispatch("MESSAGE_CREATE", Discord.userMessage(Discord.CHANNEL, question, true));
		rest.await((request) -> request.is("POST", channel) && request.body().contains("message_reference")
				&& !request.body().contains("I answer commands"), WAIT);

		gateway.dispatch("MESSAGE_CREATE", Discord.userMessage(Discord.DM, "hello there", false));
		rest.await((request) -> request.is("POST", dm) && request.body().contains("I answer commands"), WAIT);
	}

	@Test
	void proactiveMessagesGoToChannelsDirectMessagesWithFallbackAndPrivateThreads() throws InterruptedException {
		Map<String, Object> seen = Discord.button("discordtest:vote|no");
		gateway.dispatch("INTERACTION_CREATE", seen);
		callback(seen);
		PlatformMessenger discord = messengers.stream()
			.filter((messenger) -> messenger.platform() == Platform.DISCORD)
			.findFirst()
			.orElseThrow();
		String posted = "/channels/" + Discord.CHANNEL + "/messages";

		discord.toChannel(Discord.CHANNEL, Reply.text("Weekly digest"));
		rest.await((request) -> request.is("POST", posted) && request.body().contains("Weekly digest"), WAIT);

		discord.toUser(Discord.USER, Reply.text("Your commitment is due"));
		rest.await((request) -> request.is("POST", "/channels/" + Discord.DM + "/messages"), WAIT);
		assertThat(
				rest.await((request) -> request.is("POST", posted) && request.body().contains("is due"), WAIT).body())
			.contains("<@" + Discord.USER + ">", "Your commitment is due");

		discord.toGroup(List.of(Discord.USER), Reply.of(new Element.Section("Introduction", "Meet Tartu", List.of())));
		JsonNode thread = Discord.JSON
			.readTree(rest.await((request) -> request.is("POST", posted.replace("messages", "threads")), WAIT).body());
		assertThat(thread.get("name").asString()).isEqualTo("Introduction");
		assertThat(thread.get("type").asInt()).isEqualTo(12);
		rest.await((request) -> request.is("PUT", "/thread-members/" + Discord.USER), WAIT);
		rest.await((request) -> request.is("POST", "/channels/" + Discord.THREAD + "/messages"), WAIT);
	}

	@Test
	void aPanelSessionRunsInItsBoundChannel() throws InterruptedException {
		String panel = "Discord Panel " + System.nanoTime();
		String posted = "/channels/" + Discord.CHANNEL + "/messages";
		answer(Discord.slash("panel", List.of("create"), Map.of("name", panel, "domains", "energy")));
		answer(Discord.slash("panel", List.of("bind"), Map.of("panel", panel)));
		answer(Discord.slash("panel", List.of("start"), Map.of("panel", panel)));
		answer(Discord.slash("panel", List.of("round", "open"),
				Map.of("panel", panel, "question", "Who maintains them?")));
		assertThat(
				rest.await((request) -> request.is("POST", posted) && request.body().contains("Round 1"), WAIT).body())
			.contains("Who maintains them?");

		JsonNode saved = answer(Discord.messageCommand("Save as key point", "Train caretakers in every district"));
		assertThat(saved.at("/data/content").asString()).contains("Saved to round 1 of " + panel);

		answer(Discord.slash("panel", List.of("round", "close"), Map.of("panel", panel)));
		answer(Discord.slash("panel", List.of("summary"), Map.of("panel", panel)));
		answer(Discord.slash("panel", List.of("publish"), Map.of("panel", panel)));
		String outcome = rest
			.await((request) -> request.is("POST", posted) && request.body().contains("Outcome published"), WAIT)
			.body();
		assertThat(outcome).contains("Who maintains them?").contains("Train caretakers").doesNotContain(Discord.USER);
	}

	private static JsonNode answer(Map<String, Object> interaction) throws InterruptedException {
		gateway.dispatch("INTERACTION_CREATE", interaction);
		return callback(interaction);
	}

	@Test
	void healthIsUpWhileConnected() {
		assertThat(health.health().getStatus()).isEqualTo(Status.UP);
	}

	private static JsonNode callback(Map<String, Object> interaction) throws InterruptedException {
		String path = "/interactions/" + interaction.get("id") + "/" + interaction.get("token") + "/callback";
		return Discord.JSON.readTree(rest.await((request) -> request.is("POST", path), WAIT).body());
	}

	private static JsonNode find(JsonNode commands, String name) {
		for (JsonNode command : commands) {
			if (command.get("name").asString().equals(name)) {
				return command;
			}
		}
		throw new AssertionError("No command " + name + " in " + commands);
	}

	private static FakeDiscordRest start() {
		try {
			return new FakeDiscordRest();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A command with a form and a button, as features will have. */
	@TestConfiguration
	static class FormAndButtonCommands {

		@Bean
		CommandSet discordTestCommands() {
			return new CommandSet() {

				@Override
				public List<CommandSpec> commands() {
					return List.of(new CommandSpec("discordtest", "Forms and buttons on Discord",
							List.of(new SubcommandSpec("form", "Ask for feedback", List.of(), Access.everyone(),
									(call) -> Reply.of(feedbackForm(null, null))),
									new SubcommandSpec("slow", "Takes longer than Discord waits", List.of(),
											Access.everyone(), (call) -> slowly()))));
				}

				@Override
				public List<ActionSpec> actions() {
					return List.of(new ActionSpec("discordtest:vote", Access.everyone(),
							(call) -> Reply
								.text(call.caller().displayName() + " voted " + call.options().requiredText("value"))
								.visibleTo(Visibility.CHANNEL)));
				}

				@Override
				public List<FormSpec> forms() {
					return List.of(new FormSpec("discordtest:feedback", Access.everyone(), (call) -> {
						String comment = call.options().requiredText("comment");
						return (comment.length() < 3) ? Reply.of(feedbackForm(null, "say a little more"))
								: Reply.text("Thanks: " + comment);
					}));
				}

				@Override
				public List<MessageActionSpec> messageActions() {
					return List.of(new MessageActionSpec("discordtest:save", "Save as Discord test", "Saves it",
							Access.everyone(),
							(call) -> Reply.text("Saved: " + call.options().requiredText("message"))));
				}

			};
		}

		static Reply slowly() {
			try {
				Thread.sleep(2500);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return Reply.text("Finally done");
		}

		static Element.Form feedbackForm(String value, String error) {
			return new Element.Form("discordtest:feedback", "Feedback",
					List.of(new Element.FormField("comment", "Comment", true, true, List.of(), value, error)),
					"Or type `/discordtest form`.");
		}

	}

}
