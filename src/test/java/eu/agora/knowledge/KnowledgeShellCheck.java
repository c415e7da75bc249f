package eu.agora.knowledge;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.util.FileSystemUtils;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not a timed test: a scripted shell session of the packaged program over the 72
 * contracts, on a copy of the data dir {@link HeldOutKnowledgeBenchmark} ingested (run
 * that first). Run with
 * {@code ./mvnw -B test -Dtest=KnowledgeShellCheck -Dagora.benchmark=true}; the session
 * is written to {@code target/knowledge-shell-check.txt}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class KnowledgeShellCheck {

	@Test
	void theSeventyTwoContractsAnswerPlainTypedAndAcrossCityQuestionsAndAGapClosesItself() throws Exception {
		Path ingested = Path.of("target/knowledge-eval").toAbsolutePath();
		assumeTrue(Files.isDirectory(ingested), "run HeldOutKnowledgeBenchmark first");
		Path source;
		try (var dirs = Files.list(ingested)) {
			source = dirs.filter((dir) -> Files.exists(dir.resolve("ingested"))).findFirst().orElseThrow();
		}
		Path data = Path.of("target/knowledge-shell-check/data").toAbsolutePath();
		FileSystemUtils.deleteRecursively(data.getParent());
		Files.createDirectories(data.getParent());
		FileSystemUtils.copyRecursively(source, data);
		Path kelp = Files.writeString(data.resolveSibling("atlantis-bay-kelp.md"),
				"""
						# Kelp farms in Atlantis Bay

						Floating kelp farms in the harbour of Atlantis Bay are licensed by the harbour master for ten years, after a public hearing in the port council.
						""");

		String script = String.join("\n", "What is the Mission Label?", "/ask misson lable",
				"/ask Which cities plan geothermal district heating?",
				"/ask How does Reykjavík plan to use geothermal heat?",
				"/ask How are floating kelp farms licensed in the harbour of Atlantis Bay?",
				"/knowledge add file:" + kelp, "") + "\n";
		AgoraProcess.Result run = AgoraProcess.script(data, script, "--agora.knowledge.starter=true");
		String session = String.join("\n", run.lines());
		Files.writeString(data.resolveSibling("../knowledge-shell-check.txt").normalize(), session);

		assertThat(run.exitCode()).as(session).isZero();
		assertThat(session).doesNotContain("I answer commands").doesNotContain("incident");
		List<String> answers = Pattern.compile("(?m)^Answer — confidence")
			.matcher(session)
			.results()
			.map((m) -> m.group())
			.toList();
		assertThat(answers).as(session).hasSizeGreaterThanOrEqualTo(3);
		assertThat(session).containsPattern("(?i)mission label");
		Matcher cities = Pattern.compile("(?m)^- ([^:\\n]+): .*geotherm.*\\[\\d+\\]$").matcher(session);
		long listed = cities.results().map((m) -> m.group(1).toLowerCase(Locale.ROOT)).distinct().count();
		assertThat(listed).as(session).isGreaterThanOrEqualTo(3);
		assertThat(session).containsPattern("(?m)^» \\[1\\] [^\\n]*· Reykjavík");
		assertThat(session).contains("I don't know").contains("Your question has an answer").contains("Atlantis Bay");
	}

}
