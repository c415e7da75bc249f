package eu.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base from the command line, as an operator and a city officer use it:
 * {@code agora ingest <folder>}, then {@code /ask} in the JSON shell; the index is
 * rebuilt from MongoDB when it is missing or damaged.
 */
class KnowledgeJourneyTests {

	@TempDir
	Path dir;

	@Test
	void ingestedFilesAnswerQuestionsWithCitedSourcesAcrossRestartsAndIndexLoss() throws IOException {
		Path data = dir.resolve("data");
		Path documents = Files.createDirectories(dir.resolve("documents"));
		Files.writeString(documents.resolve("turku.md"), KnowledgeTests.TURKU);
		Files.writeString(documents.resolve("notes.txt"),
				"Peer learning\n\nCities that share a climate investment plan with a twin city learn faster.");
		Files.writeString(documents.resolve("seville.html"),
				"<html><head><title>Shade in Seville</title></head><body><nav>Menu</nav><h1>Shade</h1>"
						+ "<p>Seville stretches canvas sails over its shopping streets to keep pedestrians cool in July.</p></body></html>");
		Files.write(documents.resolve("minutes.docx"), new byte[] { 'P', 'K', 3, 4, 0, 0 });
		Files.write(documents.resolve("empty.md"), new byte[0]);
		Files.writeString(documents.resolve("broken.pdf"), "%PDF-1.7 not a PDF at all");

		AgoraProcess.Result ingest = AgoraProcess.script(data, "", "ingest", documents.toString(),
				"--agora.knowledge.max-file-size=5MB");

		assertThat(ingest.exitCode()).as(String.join("\n", ingest.lines())).isZero();
		String output = String.join("\n", ingest.lines());
		assertThat(output).contains("[1/6]")
			.contains("turku.md: ")
			.contains("Ingested 3 documents")
			.contains("3 skipped")
			.contains("minutes.docx")
			.contains("empty.md")
			.contains("broken.pdf");

		AgoraProcess.Result again = AgoraProcess.script(data, "", "ingest", documents.resolve("turku.md").toString());
		assertThat(again.exitCode()).isZero();
		assertThat(String.join("\n", again.lines())).contains("turku.md: unchanged").contains("1 unchanged");

		Path added = Files.writeString(dir.resolve("glasgow-tenements.md"),
				"# Tenements\n\nGlasgow retrofits sandstone tenements with internal wall insulation, block by block.");
		Path longer = Files.writeString(dir.resolve("riga-districts.md"), longDocument(45));
		List<JsonNode> printed = script(data, "/knowledge add " + added,
				"/knowledge add " + documents.resolve("minutes.docx"), "/ask How does Turku heat homes without coal?",
				"/ask How does Seville keep shoppers cool in summer?", "/ask What is a twinning learning programme?",
				"/ask How are Glasgow's tenements insulated?", "/knowledge add " + longer);
		List<JsonNode> replies = printed.stream().filter((line) -> line.hasNonNull("replyTo")).toList();
		assertThat(replies).hasSize(7);
		int told = indexOf(printed, (line) -> line.get("text").asString().contains("embedding and indexing its"));
		assertThat(told).as("a notice while the long file is indexed, in " + printed).isPositive();
		assertThat(printed.get(told).get("text").asString()).contains("riga-districts.md").contains("passages now");
		assertThat(indexOf(printed, (line) -> line.hasNonNull("replyTo") && line.get("replyTo").asInt() == 7))
			.as("the notice comes before the reply")
			.isGreaterThan(told);
		assertThat(replies.get(6).get("text").asString()).contains("Added").contains("riga-districts.md");
		assertThat(replies.get(0).get("error").asBoolean()).as(replies.get(0).toString()).isFalse();
		assertThat(replies.get(0).get("text").asString()).contains("Added").contains("glasgow-tenements.md");
		assertThat(printed.stream().filter((line) -> !line.hasNonNull("replyTo"))).as("no notice for a short file")
			.hasSize(1);
		assertThat(replies.get(0).get("text").asString()).contains("Added").contains("glasgow-tenements.md");
		assertThat(replies.get(1).get("error").asBoolean()).isTrue();
		assertThat(replies.get(1).get("text").asString()).contains("minutes.docx").contains("PDF");
		List<JsonNode> answers = replies.subList(2, 6);
		List<JsonNode> sources = sources(answers.get(0));
		assertThat(sources).isNotEmpty();
		JsonNode best = sources.get(0);
		assertThat(best.get("document").asString()).isEqualTo("[1] Turku heat plan");
		assertThat(best.get("city").asString()).isEqualTo("Turku");
		assertThat(best.get("section").asString()).isEqualTo("Heat › Sea-water heat pumps");
		assertThat(best.get("text").asString()).contains("coal boilers");
		assertThat(best.get("score").asDouble()).isBetween(0.0, 1.0);

		assertThat(sources(answers.get(1)).get(0).get("document").asString()).isEqualTo("[1] Shade in Seville");
		assertThat(sources(answers.get(2))).isNotEmpty()
			.anySatisfy((source) -> assertThat(source.get("document").asString()).containsIgnoringCase("twin"));
		assertThat(sources(answers.get(3)).get(0).get("city").asString()).isEqualTo("Glasgow");
		assertThat(sources(answers.get(3)).get(0).get("text").asString()).contains("internal wall insulation");

		Path index = data.resolve("knowledge-index");
		Path largest;
		try (Stream<Path> files = Files.list(index)) {
			largest = files.max(Comparator.comparingLong(KnowledgeJourneyTests::size)).orElseThrow();
		}
		byte[] bytes = Files.readAllBytes(largest);
		for (int i = bytes.length / 3; i < bytes.length / 3 + 64; i++) {
			bytes[i] ^= 0x5a;
		}
		Files.write(largest, bytes);
		assertThat(
				sources(ask(data, "How does Turku heat homes without coal?").get(0)).get(0).get("document").asString())
			.as("a file damaged inside, found by the checksums verified after the start")
			.isEqualTo("[1] Turku heat plan");
		assertThat(Files.readString(data.resolveSibling(data.getFileName() + "-stderr.log")))
			.contains("The knowledge index is damaged")
			.contains(largest.getFileName().toString());
		try (Stream<Path> files = Files.list(index)) {
			for (Path file : files.toList()) {
				Files.writeString(file, "damaged");
			}
		}
		assertThat(
				sources(ask(data, "How does Turku heat homes without coal?").get(0)).get(0).get("document").asString())
			.isEqualTo("[1] Turku heat plan");
		deleteRecursively(index);
		assertThat(
				sources(ask(data, "How does Turku heat homes without coal?").get(0)).get(0).get("document").asString())
			.isEqualTo("[1] Turku heat plan");
	}

	@Test
	void ingestWithoutFilesExplainsItselfAndFailsWithNothingToIngest() throws IOException {
		AgoraProcess.Result none = AgoraProcess.script(dir.resolve("data"), "", "ingest");
		assertThat(none.exitCode()).isEqualTo(2);
		assertThat(String.join("\n", none.lines())).contains("Usage: java -jar agora.jar ingest");

		Path only = Files.writeString(dir.resolve("plan.docx"), "not really a document");
		AgoraProcess.Result bad = AgoraProcess.script(dir.resolve("data"), "", "ingest", only.toString(),
				dir.resolve("missing.md").toString());
		assertThat(bad.exitCode()).isEqualTo(1);
		assertThat(String.join("\n", bad.lines())).contains("Ingested 0 documents")
			.contains("plan.docx")
			.contains("missing.md: no such file or folder");
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<JsonNode> ask(Path data, String... questions) {
		return run(data, Stream.of(questions).map((question) -> "/ask " + question).toArray(String[]::new));
	}

	private static List<JsonNode> run(Path data, String... commands) {
		List<JsonNode> replies = script(data, commands);
		assertThat(replies).hasSize(commands.length);
		return replies;
	}

	/** Every line the JSON shell printed: the replies and the messages between them. */
	private static List<JsonNode> script(Path data, String... commands) {
		String script = Stream.of(commands).map((command) -> command + "\n").collect(Collectors.joining());
		AgoraProcess.Result run = AgoraProcess.script(data, script, "--agora.shell.format=json",
				"--agora.knowledge.starter=true");
		assertThat(run.exitCode()).isZero();
		return run.replies();
	}

	private static int indexOf(List<JsonNode> lines, Predicate<JsonNode> matching) {
		for (int i = 0; i < lines.size(); i++) {
			if (matching.test(lines.get(i))) {
				return i;
			}
		}
		return -1;
	}

	/** A plan long enough to take seconds: one section per district. */
	private static String longDocument(int districts) {
		StringBuilder text = new StringBuilder("# Riga district heating by district\n\n");
		for (int i = 1; i <= districts; i++) {
			text.append("## District ").append(i).append("\n\n");
			text.append(("District " + i + " of Riga connects its apartment blocks to the district heating network, "
					+ "replaces gas boilers with large heat pumps and insulates the facades of its Soviet-era "
					+ "buildings, street by street, with the residents' associations. ")
				.repeat(4)).append("\n\n");
		}
		return text.toString();
	}

	private static List<JsonNode> sources(JsonNode reply) {
		return reply.get("elements")
			.valueStream()
			.filter((element) -> element.get("type").asString().equals("source"))
			.toList();
	}

	private static void deleteRecursively(Path path) throws IOException {
		try (Stream<Path> walk = Files.walk(path)) {
			for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(each);
			}
		}
	}

}
