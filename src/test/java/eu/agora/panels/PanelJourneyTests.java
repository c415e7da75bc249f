package eu.agora.panels;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A whole panel session through the shell, as its moderator and two cities' officers run
 * it: create, join from two cities, schedule, start, two rounds with key points, summary,
 * edit, publish, end — and the outcome, unattributed, still there after a restart.
 */
class PanelJourneyTests {

	private static final String PANEL = "Energy Transition";

	@TempDir
	Path dir;

	@Test
	void aWholeSessionEndsInAnUnattributedOutcomeThatSurvivesARestart() {
		Path data = dir.resolve("data");
		run(data, "shell-admin", "/panel create " + PANEL + " domains:energy,buildings description:\"Heat and power\"",
				"/panel bind " + PANEL);
		List<String> codes = AgoraProcess.inviteCodes(data, "Lodz", "Sevilla");
		run(data, "ola", "/city register Lodz code:" + codes.get(0), "/panel join " + PANEL);
		run(data, "marta", "/city register Sevilla code:" + codes.get(1), "/panel join " + PANEL);
		run(data, "shell-admin", "/panel schedule " + PANEL
				+ " at:2031-03-05T14:00 tz:Europe/Warsaw topic:\"Heat pumps\" questions:\"How do you finance heat pumps?|What convinced tenants?|Who maintains them?\"",
				"/panel start " + PANEL, "/panel round open " + PANEL);
		run(data, "ola", "/panel note \"" + PANEL + "\" \"Blend ERDF grants with municipal green bonds\"");
		run(data, "marta", "/panel note \"" + PANEL + "\" \"Blend ERDF grants with municipal green bonds.\"",
				"/panel note \"" + PANEL + "\" \"Energy cooperatives co-finance school roofs\"");
		run(data, "shell-admin", "/panel round close " + PANEL, "/panel round open " + PANEL);
		run(data, "ola", "/panel note \"" + PANEL + "\" \"Tenants agreed once bills were guaranteed not to rise\"");
		List<JsonNode> closing = run(data, "shell-admin", "/panel round close " + PANEL, "/panel summary " + PANEL);
		String draft = text(closing.get(1));
		assertThat(draft).contains("How do you finance heat pumps?")
			.contains("Blend ERDF grants with municipal green bonds (raised 2 times)")
			.contains("Energy cooperatives co-finance school roofs")
			.contains("What convinced tenants?")
			.contains("Tenants agreed once bills were guaranteed not to rise")
			.contains("Open questions")
			.contains("Who maintains them?");
		String edited = draft.replace("Open questions", "Still open").replace("\"", "'").replace("\n", " / ");
		run(data, "shell-admin", "/panel summary " + PANEL + " text:\"" + edited + "\"", "/panel publish " + PANEL,
				"/panel end " + PANEL);

		List<JsonNode> later = run(data, "someone", "/panel outcomes " + PANEL);
		String outcome = text(later.get(0));
		assertThat(outcome).contains("How do you finance heat pumps?")
			.contains("Blend ERDF grants")
			.contains("Tenants agreed")
			.contains("Still open")
			.doesNotContain("ola")
			.doesNotContain("marta")
			.doesNotContain("P-");
	}

	private static List<JsonNode> run(Path data, String user, String... lines) {
		AgoraProcess.Result result = AgoraProcess.script(data, String.join("\n", lines) + "\n",
				"--agora.shell.format=json", "--agora.shell.user=" + user);
		assertThat(result.exitCode()).isZero();
		List<JsonNode> replies = result.replies().stream().filter((line) -> line.hasNonNull("replyTo")).toList();
		assertThat(replies).hasSize(lines.length)
			.allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());
		return replies;
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

}
