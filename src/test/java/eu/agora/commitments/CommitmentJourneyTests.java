package eu.agora.commitments;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A commitment's decade in a few scripted shell sessions: logged, updated twice, handed
 * over, through a change of administration and re-affirmed — all of it still there after
 * restarts.
 */
class CommitmentJourneyTests {

	@TempDir
	Path dir;

	@Test
	void aCommitmentSurvivesHandoverAndAChangeOfAdministrationAcrossRestarts() {
		Path data = dir.resolve("data");
		List<String> codes = AgoraProcess.inviteCodes(data, "Lodz", "Lodz");
		run(data, "marta", "/city register Łódź code:" + codes.get(0));
		List<JsonNode> ola = run(data, "ola", String.join("\n", "/city register Lodz code:" + codes.get(1),
				"/commit add title:\"Heat pumps for all schools\" domain:energy target:\"40 % CO2e by 2030\" deadline:2030-12-31 owner:\"Energy Department\"",
				"/commit update C-1 progress:20 status:in-progress note:\"tender launched\"",
				"/commit update C-1 progress:35 evidence:https://example.org/heat-pumps", "/commit show C-1",
				"/commit handover C-1 to:marta"));
		assertThat(ola).allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());
		assertThat(text(ola.get(4))).contains("History (3 events)").contains("tender launched");

		AgoraProcess.Result change = AgoraProcess.script(data, "/city change-administration Lodz\n",
				"--agora.shell.format=json", "--agora.shell.user=shell-admin");
		List<JsonNode> packs = change.replies().stream().filter((line) -> line.hasNonNull("to")).toList();
		assertThat(replies(change).get(0).get("text").asString())
			.contains("1 open commitment now awaits re-affirmation")
			.contains("handover pack sent to 2 of 2 officers");
		assertThat(packs).hasSize(2).allSatisfy((pack) -> assertThat(text(pack)).contains("Handover pack for Łódź"));

		List<JsonNode> marta = run(data, "marta",
				"/commit list reaffirm city:Lodz\n/commit reaffirm C-1 note:\"the new team keeps it\"");
		assertThat(text(marta.get(0))).contains("C-1");
		assertThat(text(marta.get(1))).contains("Re-affirmed C-1");

		String shown = text(run(data, "ola", "/commit show C-1").get(0));
		assertThat(shown).contains("History (6 events)")
			.contains("created")
			.contains("progress: 20 → 35")
			.contains("handed-over")
			.contains("reaffirmation-requested")
			.contains("reaffirmed")
			.contains("the new team keeps it")
			.contains("Contact   marta")
			.contains("contact: ola → marta");
	}

	@Test
	void anOfficerOfAnotherCityCannotUpdateItAndNothingChanges() {
		Path data = dir.resolve("data");
		List<String> codes = AgoraProcess.inviteCodes(data, "Lodz", "Malmö");
		run(data, "ola", "/city register Lodz code:" + codes.get(0)
				+ "\n/commit add title:\"Tram lines\" domain:mobility target:\"12 km by 2029\" deadline:2029-12-31 owner:\"Transport Office\"");

		List<JsonNode> other = run(data, "lars",
				"/city register Malmö code:" + codes.get(1) + "\n/commit update C-1 progress:90");

		assertThat(other.get(1).get("error").asBoolean()).isTrue();
		assertThat(text(other.get(1))).contains("Only Łódź's officers");
		assertThat(text(run(data, "ola", "/commit show C-1").get(0))).contains("planned, 0 %")
			.contains("History (1 event)");
	}

	@Test
	void inTextModeTheExportIsSavedAsACsvFile() throws Exception {
		Path data = dir.resolve("data");
		AgoraProcess.Result run = AgoraProcess.script(data, String.join("\n", "/city register Lodz",
				"/commit add title:\"Tram lines\" domain:mobility target:\"12 km by 2029\" deadline:2029-12-31 owner:\"Transport Office\"",
				"/commit export format:csv", ""), "--agora.shell.user=shell-admin");

		String saved = run.lines()
			.stream()
			.filter((line) -> line.startsWith("Saved commitments.csv"))
			.findFirst()
			.orElseThrow();
		Path file = Path.of(saved.substring(saved.indexOf(" to ") + 4));
		assertThat(file).startsWith(data.resolve("files"));
		assertThat(Files.readAllLines(file)).hasSize(2).last().asString().contains("Tram lines");
	}

	private static List<JsonNode> run(Path data, String user, String script) {
		AgoraProcess.Result result = AgoraProcess.script(data, script + "\n", "--agora.shell.format=json",
				"--agora.shell.user=" + user);
		assertThat(result.exitCode()).isZero();
		return replies(result);
	}

	/**
	 * The replies to input lines, without the proactive messages the shell also prints.
	 */
	private static List<JsonNode> replies(AgoraProcess.Result result) {
		return result.replies().stream().filter((line) -> line.hasNonNull("replyTo")).toList();
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

}
