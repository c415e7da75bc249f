package eu.agora.digest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator's week through the packaged program's shell: a coordinator for Poland
 * previews a digest of Polish commitments, a panel outcome and a knowledge gap with its
 * PNG chart; an officer of Łódź escalates a question that the coordinator answers back to
 * them; a broadcast to Poland reaches the officer, whose acknowledgement shows in its
 * status.
 */
class DigestJourneyTests {

	private static final String PANEL = "Polish Heat";

	@TempDir
	Path dir;

	@Test
	void aCoordinatorForPolandPreviewsTheWeekAnswersAnEscalationAndBroadcasts() throws IOException {
		Path data = dir.resolve("data");
		run(data, "kasia", "/agora whoami");
		List<JsonNode> admin = run(data, "shell-admin", "/agora role kasia coordinator scope:country:PL",
				"/panel create " + PANEL + " domains:energy", "/panel start " + PANEL,
				"/panel round open " + PANEL + " question:\"What works?\"", "/city invite Lodz");
		String code = find(text(admin.get(4)), "code:[A-Z0-9]+");
		List<JsonNode> ola = run(data, "ola", "/city register Lodz " + code, "/panel join " + PANEL,
				"/panel note \"" + PANEL + "\" \"Heat pumps in schools first\"",
				"/commit add title:\"Heat pumps for all schools\" domain:energy target:\"40 % CO2e by 2030\" "
						+ "deadline:2030-12-31 owner:\"Energy Department\"",
				"/commit update C-1 progress:20 status:in-progress note:\"tender launched\"",
				"/ask Which tram depots in Lodz run on geothermal heat?",
				"/escalate \"How do we co-finance heat pumps in social housing?\"");
		String gap = find(text(ola.get(5)) + ola.get(5).toString(), "G-\\d+");
		assertThat(text(ola.get(6))).contains("E-1").contains("national coordinators (Poland)");
		run(data, "shell-admin", "/panel round close " + PANEL, "/panel summary " + PANEL, "/panel publish " + PANEL,
				"/knowledge route " + gap + " to:coordinators");

		AgoraProcess.Result preview = AgoraProcess.script(data, "/digest preview\n", "--agora.shell.user=kasia");
		assertThat(preview.exitCode()).isZero();
		String digest = String.join("\n", preview.lines());
		assertThat(digest).contains("Weekly digest — Poland")
			.contains("Commitments")
			.contains("1 new")
			.contains("1 with progress")
			.contains("Panel outcomes")
			.contains(PANEL)
			.contains("Knowledge gaps")
			.contains(gap)
			.contains("Escalations waiting")
			.contains("E-1")
			.contains("Cities with no activity")
			.contains("/commit show C-1");
		Path png = Path.of(find(digest, "Saved digest.png \\(\\d+ bytes\\) to (\\S+)", 1));
		assertThat(png).startsWith(data.resolve("files"));
		assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');

		AgoraProcess.Result answering = AgoraProcess.script(data,
				"/escalations\n/escalation answer E-1 \"The national heat fund pays 40 % in social housing.\"\n"
						+ "/broadcast send scope:country:PL \"The heat call opens on 3 March.\" ack:yes\n",
				"--agora.shell.format=json", "--agora.shell.user=kasia");
		List<JsonNode> kasia = replies(answering, 3);
		assertThat(text(kasia.get(0))).contains("E-1").contains("co-finance heat pumps");
		assertThat(text(kasia.get(1))).contains("The asker was told");
		List<String> toOla = answering.replies()
			.stream()
			.filter((line) -> line.hasNonNull("to") && line.get("to").asString().equals("person:shell:ola"))
			.map(DigestJourneyTests::text)
			.toList();
		assertThat(toOla).anySatisfy((m) -> assertThat(m).contains("has an answer").contains("national heat fund"))
			.anySatisfy((m) -> assertThat(m).contains("The heat call opens on 3 March").contains("Acknowledge"));
		String broadcast = find(text(kasia.get(2)), "B-\\d+");

		run(data, "ola", "/broadcast ack " + broadcast);
		List<JsonNode> status = run(data, "kasia", "/broadcast status " + broadcast);
		assertThat(text(status.get(0))).contains("Acknowledged (1)").contains("ola");
	}

	private static List<JsonNode> run(Path data, String user, String... lines) {
		AgoraProcess.Result result = AgoraProcess.script(data, String.join("\n", lines) + "\n",
				"--agora.shell.format=json", "--agora.shell.user=" + user);
		return replies(result, lines.length);
	}

	/**
	 * The replies to the input lines (proactive messages have no replyTo), none an error.
	 */
	private static List<JsonNode> replies(AgoraProcess.Result result, int lines) {
		assertThat(result.exitCode()).isZero();
		List<JsonNode> replies = result.replies().stream().filter((line) -> line.hasNonNull("replyTo")).toList();
		assertThat(replies).hasSize(lines)
			.allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());
		return replies;
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

	private static String find(String text, String regex) {
		return find(text, regex, 0);
	}

	private static String find(String text, String regex, int group) {
		Matcher matcher = Pattern.compile(regex).matcher(text);
		assertThat(matcher.find()).as(regex + " in " + text).isTrue();
		return matcher.group(group);
	}

}
