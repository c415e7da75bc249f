package eu.agora.directory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only Seville's approved officers act for Seville, and a person's data is theirs to take
 * and erase: scripted shell sessions of the packaged program, restarts between them.
 */
class TrustJourneyTests {

	private static final String NEWCOMER = "zenobia";

	@TempDir
	Path dir;

	@Test
	void aNewAccountWaitsForApprovalAnInviteWorksOnceAndAnErasedPersonLeavesNoTraceInTheDataDir() throws IOException {
		Path data = dir.resolve("data");
		String code = AgoraProcess.inviteCodes(data, "Seville").get(0);
		List<JsonNode> marta = run(data, "marta", "/city register Seville code:" + code,
				"/commit add title:\"Solar canopies\" domain:energy target:\"20 MW by 2030\" deadline:2030-12-31 owner:\"Energy Agency\"");
		assertThat(marta).allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());

		List<JsonNode> pending = run(data, NEWCOMER, "/city register Seville code:" + code, "/city register Seville",
				"/commit update C-1 progress:10");
		assertThat(pending.get(0).get("error").asBoolean()).isTrue();
		assertThat(text(pending.get(0))).contains("used already");
		assertThat(text(pending.get(1))).contains("pending");
		assertThat(pending.get(2).get("error").asBoolean()).isTrue();
		assertThat(text(pending.get(2))).contains("is for officers of the commitment's city")
			.contains("pending request");

		assertThat(text(run(data, "marta", "/city approve " + NEWCOMER).get(0))).contains("Approved");

		List<JsonNode> approved = run(data, NEWCOMER, "/commit update C-1 progress:10 note:\"checked by zenobia\"",
				"/commit add title:\"Shaded bus stops\" domain:mobility target:\"300 stops by 2029\" deadline:2029-12-31 owner:\"Transport Office\"",
				"/agora my-data", "/agora forget-me", "/agora forget-me confirm");
		assertThat(approved.subList(0, 2))
			.allSatisfy((reply) -> assertThat(reply.get("error").asBoolean()).as(text(reply)).isFalse());
		String myData = file(approved.get(2), "agora-my-data.json");
		assertThat(myData).contains("shell:" + NEWCOMER).contains("Shaded bus stops").contains("\"commitments\"");
		assertThat(text(approved.get(3))).contains("/agora forget-me confirm");
		assertThat(text(approved.get(4))).contains("erased");

		String audit = text(run(data, "shell-admin", "/agora audit city:Seville", "/commit show C-2").get(0));
		assertThat(audit).contains("invite-issued")
			.contains("joined-by-invite marta")
			.contains("requested former officer #1")
			.contains("approved former officer #1")
			.contains("by marta");
		assertThat(filesHolding(data, NEWCOMER)).isEmpty();
	}

	private static List<JsonNode> run(Path data, String user, String... lines) {
		AgoraProcess.Result result = AgoraProcess.script(data, String.join("\n", lines) + "\n",
				"--agora.shell.format=json", "--agora.shell.user=" + user);
		assertThat(result.exitCode()).isZero();
		return result.replies().stream().filter((line) -> line.hasNonNull("replyTo")).toList();
	}

	private static String file(JsonNode reply, String name) {
		for (JsonNode element : reply.get("elements")) {
			if (name.equals(element.path("fileName").asString(""))) {
				return new String(Base64.getDecoder().decode(element.get("content").asString()),
						StandardCharsets.UTF_8);
			}
		}
		throw new AssertionError("No file " + name + " in " + reply);
	}

	/** Every file under the data dir whose bytes hold {@code needle}, ignoring case. */
	private static List<Path> filesHolding(Path data, String needle) throws IOException {
		try (Stream<Path> files = Files.walk(data)) {
			return files.filter(Files::isRegularFile).filter((file) -> holds(file, needle)).toList();
		}
	}

	private static boolean holds(Path file, String needle) {
		try {
			String content = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
			return content.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static String text(JsonNode reply) {
		return reply.get("text").asString();
	}

}
