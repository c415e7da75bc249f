package eu.agora.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;
import eu.agora.FileTestCommands;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shell as a person or a script uses it: Agora started as its own program.
 */
class ShellJourneyTests {

	@TempDir
	Path dir;

	@Test
	void jsonModePrintsOneLinePerReplyAndTheSameCityCardForEverySpelling() {
		AgoraProcess.Result run = AgoraProcess.script(dir.resolve("data"), "/help\n/city show Lodz\n/city show Łódź\n",
				"--agora.shell.format=json");

		assertThat(run.exitCode()).isZero();
		List<JsonNode> replies = run.replies();
		assertThat(replies).hasSize(3);
		assertThat(replies).extracting((reply) -> reply.get("replyTo").asInt()).containsExactly(1, 2, 3);
		assertThat(replies).allSatisfy((reply) -> {
			assertThat(reply.get("error").asBoolean()).isFalse();
			assertThat(reply.get("visibility").asString()).isEqualTo("ephemeral");
		});
		assertThat(replies.get(0).get("text").asString()).contains("/city").contains("/agora").contains("/help");
		assertThat(replies.get(1).get("elements")).isEqualTo(replies.get(2).get("elements"));
		assertThat(replies.get(1).get("text").asString()).contains("Łódź").contains("Poland (PL)");
		assertThat(replies.get(1).get("elements").get(0).get("type").asString()).isEqualTo("section");
	}

	@Test
	void everyErrorIsMarkedInJsonAndNothingIsStored() {
		String script = String.join("\n", "/citty show Lodz", "/city list countri:PL", "/city show",
				"/agora role ola moderator scope:galaxy", "/city register Atlantis", "/city show " + "x".repeat(4001),
				"/city import", "/agora whoami");

		List<JsonNode> replies = AgoraProcess
			.script(dir.resolve("data"), script, "--agora.shell.format=json", "--agora.shell.user=ola")
			.replies();

		assertThat(replies).hasSize(8);
		assertThat(replies.subList(0, 7)).allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).isTrue());
		assertThat(text(replies.get(0))).contains("/citty").contains("Did you mean /city?");
		assertThat(text(replies.get(1))).contains("countri:").contains("Did you mean country?");
		assertThat(text(replies.get(2))).contains("Missing name");
		assertThat(text(replies.get(3))).contains("is for admins");
		assertThat(text(replies.get(4))).contains("I don't know a city called \"Atlantis\"");
		assertThat(text(replies.get(5))).contains("at most 4,000");
		assertThat(text(replies.get(6))).contains("is for admins");
		assertThat(replies.get(7).get("error").asBoolean()).isFalse();
		assertThat(text(replies.get(7))).contains("not registered").contains("none yet");
	}

	@Test
	void malformedValuesAreMarkedAsErrors() {
		List<JsonNode> replies = AgoraProcess
			.script(dir.resolve("data"), "/agora whoami\n/agora role shell-admin mayor\n/org add Acme sector:banking\n",
					"--agora.shell.format=json")
			.replies();

		assertThat(replies).extracting((reply) -> reply.get("error").asBoolean()).containsExactly(false, true, true);
		assertThat(text(replies.get(1))).contains("role must be one of officer, partner, moderator");
		assertThat(text(replies.get(2))).contains("sector must be one of industry, academia");
	}

	@Test
	void aRegistrationIsThereInTheNextRunWithTheSameDataDir() {
		Path data = dir.resolve("data");
		AgoraProcess.script(data, "/city register Sevilla\n", "--agora.shell.user=marta");

		AgoraProcess.Result next = AgoraProcess.script(data, "/agora whoami\n", "--agora.shell.user=marta",
				"--agora.shell.format=json");

		assertThat(text(next.replies().get(0))).contains("Pending requests").contains("an officer of Seville");
	}

	@Test
	void anAcknowledgedRegistrationSurvivesKillMinusNine() {
		Path data = dir.resolve("data");
		try (AgoraProcess agora = AgoraProcess.start(data, "--agora.shell.format=json", "--agora.shell.user=jonas")) {
			agora.send("/city register Vilnius");
			JsonNode ack = agora.nextReply(Duration.ofSeconds(60));
			assertThat(text(ack)).contains("officer of Vilnius").contains("pending");
			agora.kill();
		}

		AgoraProcess.Result next = AgoraProcess.script(data, "/agora whoami\n", "--agora.shell.user=jonas",
				"--agora.shell.format=json");

		assertThat(text(next.replies().get(0))).contains("Vilnius");
	}

	@Test
	void textModeIsReadable() {
		AgoraProcess.Result run = AgoraProcess.script(dir.resolve("data"), "/city show warsaw\n");

		assertThat(run.exitCode()).isZero();
		assertThat(String.join("\n", run.lines())).contains("Warsaw (Warszawa)")
			.containsPattern("Country\\s+Poland \\(PL\\)")
			.containsPattern("Time zone\\s+Europe/Warsaw");
	}

	@Test
	void aFileIsReadFromItsLocalPathAndAMissingOrTooLargeOneGetsAClearError() throws IOException {
		byte[] content = "Heat plan for Łódź".getBytes(StandardCharsets.UTF_8);
		Path plan = Files.write(dir.resolve("plan.txt"), content);
		Path big = Files.write(dir.resolve("big.bin"), new byte[(int) FileTestCommands.LIMIT + 1]);
		Path relative = Path.of("").toAbsolutePath().relativize(plan);
		String script = String.join("\n", "/filetest echo " + plan, "/filetest echo file:" + relative,
				"/filetest echo " + dir.resolve("gone.pdf"), "/filetest echo " + big);

		List<JsonNode> replies = AgoraProcess
			.script(dir.resolve("data"), script, "--agora.shell.format=json",
					"--spring.main.sources=" + FileTestCommands.class.getName())
			.replies();

		String echo = "echo plan.txt " + content.length + " bytes sha256:" + FileTestCommands.sha256(content);
		assertThat(replies).hasSize(4);
		assertThat(replies).extracting((reply) -> reply.get("error").asBoolean())
			.containsExactly(false, false, true, true);
		assertThat(text(replies.get(0))).isEqualTo(echo);
		assertThat(text(replies.get(1))).isEqualTo(echo);
		assertThat(text(replies.get(2))).startsWith("no such file: " + dir.resolve("gone.pdf"));
		assertThat(text(replies.get(3)))
			.startsWith("big.bin is 1,048,577 bytes; Agora takes files up to 1 MB (1,048,576 bytes).");
		assertThat(replies).allSatisfy((reply) -> assertThat(text(reply)).doesNotContain("Exception", "at eu.agora"));
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

}
