package eu.agora.knowledge.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.type.TypeReference;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import eu.agora.AgoraApplication;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.knowledge.ingestion.CommandLineIngestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Not a timed test: the knowledge benchmark over {@code ../shared/corpus/ccc}. Ingests
 * the 15 Climate City Contracts into a fresh data dir (embedded store with its file
 * backend, index on disk), then runs the questions of
 * {@code src/test/resources/eu/agora/knowledge/search/ccc-questions.yml} through BM25
 * alone, dense alone and the hybrid in one run (recall@5, hit@5, MRR), times {@code /ask}
 * end to end through the conversation core, and reports how the confidence separates
 * answerable from unanswerable questions. Run with
 * {@code ./mvnw -B test -Dtest=KnowledgeBenchmark -Dagora.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class KnowledgeBenchmark {

	static final Path CORPUS = Path.of("../shared/corpus/ccc");

	static final int K = 5;

	static final int MRR_DEPTH = 50;

	@TempDir
	Path dataDir;

	@Test
	void corpus() throws Exception {
		assumeTrue(Files.isDirectory(CORPUS), "../shared/corpus/ccc is not beside the project");
		List<Question> questions = read("eu/agora/knowledge/search/ccc-questions.yml", new TypeReference<>() {
		});
		List<Unanswerable> unanswerable = read("eu/agora/knowledge/search/ccc-unanswerable.yml", new TypeReference<>() {
		});
		StringBuilder report = new StringBuilder("KNOWLEDGE BENCHMARK\n");
		try (ConfigurableApplicationContext agora = new SpringApplicationBuilder(AgoraApplication.class).run(
				"--agora.data-dir=" + dataDir, "--agora.storage.embedded.backend=file",
				"--agora.storage.embedded.port=0", "--agora.shell.enabled=false",
				"--spring.main.web-application-type=none", "--agora.scheduling.enabled=false",
				"--logging.level.root=WARN", "--logging.level.eu.agora=WARN")) {
			resetPeaks();
			long started = System.nanoTime();
			ByteArrayOutputStream lines = new ByteArrayOutputStream();
			PrintStream out = new PrintStream(lines, true, StandardCharsets.UTF_8);
			int code = CommandLineIngestion.ingest(agora, List.of(CORPUS.toString()), out);
			double ingestSeconds = (System.nanoTime() - started) / 1e9;
			assertThat(code).isZero();
			report.append(lines.toString(StandardCharsets.UTF_8));
			report.append(String.format(Locale.ROOT, "ingestion: %.1f s, peak heap during ingestion %d MB%n",
					ingestSeconds, peakHeapMb()));

			Passages store = agora.getBean(Passages.class);
			Retrieval retrieval = agora.getBean(Retrieval.class);
			Judge judge = new Judge(store);
			report.append(String.format(Locale.ROOT, "%d questions, %d answer snippets%n", questions.size(),
					questions.stream().mapToInt((q) -> q.answers().size()).sum()));
			report.append("| ranking | recall@5 | hit@5 | MRR@50 |\n|---|---|---|---|\n");
			Map<String, BiFunction<String, Integer, List<ScoredPassage>>> rankings = new LinkedHashMap<>();
			rankings.put("BM25", (q, n) -> retrieval.lexical(q, SearchFilter.NONE, n));
			rankings.put("dense", (q, n) -> retrieval.semantic(q, SearchFilter.NONE, n));
			rankings.put("hybrid (RRF)", (q, n) -> retrieval.hybrid(q, SearchFilter.NONE, n));
			for (var ranking : rankings.entrySet()) {
				double recall = 0;
				double hits = 0;
				double mrr = 0;
				for (Question question : questions) {
					List<Passage> ranked = store.byIds(ranking.getValue()
						.apply(question.question(), MRR_DEPTH)
						.stream()
						.map(ScoredPassage::id)
						.toList());
					recall += judge.recall(question, ranked.subList(0, Math.min(K, ranked.size())));
					hits += judge.firstRelevant(question, ranked) < K ? 1 : 0;
					int first = judge.firstRelevant(question, ranked);
					mrr += (first < ranked.size()) ? 1.0 / (first + 1) : 0;
				}
				int n = questions.size();
				report.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f |%n", ranking.getKey(), recall / n,
						hits / n, mrr / n));
			}

			Conversation conversation = agora.getBean(Conversation.class);
			Searching searching = agora.getBean(Searching.class);
			for (int i = 0; i < 20; i++) {
				ask(conversation, questions.get(i % questions.size()).question());
			}
			List<Double> millis = new ArrayList<>();
			for (int round = 0; round < 2; round++) {
				for (Question question : questions) {
					long t0 = System.nanoTime();
					ask(conversation, question.question());
					millis.add((System.nanoTime() - t0) / 1e6);
				}
			}
			double[] sorted = millis.stream().mapToDouble(Double::doubleValue).sorted().toArray();
			report
				.append(String.format(Locale.ROOT, "/ask end to end (%d asks): p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
						sorted.length, percentile(sorted, 50), percentile(sorted, 95), sorted[sorted.length - 1]));

			double threshold = agora.getBean(KnowledgeProperties.class).minConfidence();
			double[] answerable = questions.stream()
				.mapToDouble((q) -> searching.find(q.question(), SearchFilter.NONE).confidence())
				.sorted()
				.toArray();
			double[] not = unanswerable.stream()
				.mapToDouble((q) -> searching.find(q.question(), SearchFilter.NONE).confidence())
				.sorted()
				.toArray();
			report.append(String.format(Locale.ROOT,
					"confidence, answerable: min %.2f p10 %.2f median %.2f; unanswerable: median %.2f p90 %.2f max %.2f%n",
					answerable[0], percentile(answerable, 10), percentile(answerable, 50), percentile(not, 50),
					percentile(not, 90), not[not.length - 1]));
			for (double at = 0.40; at < 0.801; at += 0.05) {
				double cut = at;
				report.append(String.format(Locale.ROOT,
						"at min-confidence %.2f%s: %d of %d answerable questions get \"I don't know\", %d of %d unanswerable get passages%n",
						cut, (Math.abs(cut - threshold) < 0.001) ? " (configured)" : "",
						Arrays.stream(answerable).filter((c) -> c < cut).count(), answerable.length,
						Arrays.stream(not).filter((c) -> c >= cut).count(), not.length));
			}
			System.gc();
			report.append(String.format(Locale.ROOT, "heap: peak %d MB over the whole run, %d MB live after GC%n",
					peakHeapMb(), liveHeapMb()));
			report.append(String.format(Locale.ROOT, "JVM %s, %d cores%n", System.getProperty("java.version"),
					Runtime.getRuntime().availableProcessors()));
		}
		System.out.println(report);
		Files.writeString(Path.of("target/knowledge-benchmark.txt"), report);
	}

	private static Reply ask(Conversation conversation, String question) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, "bench", "Bench"),
				new Input.CommandText("/ask " + question)));
	}

	private static double percentile(double[] sorted, int percent) {
		int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	private static void resetPeaks() {
		System.gc();
		ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	private static long peakHeapMb() {
		return ManagementFactory.getMemoryPoolMXBeans()
			.stream()
			.filter((pool) -> pool.getType() == MemoryType.HEAP)
			.mapToLong((pool) -> pool.getPeakUsage().getUsed())
			.sum() / (1024 * 1024);
	}

	private static long liveHeapMb() {
		return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / (1024 * 1024);
	}

	private static <T> T read(String resource, TypeReference<T> type) throws IOException {
		try (InputStream in = KnowledgeBenchmark.class.getClassLoader().getResourceAsStream(resource)) {
			return YAMLMapper.builder().build().readValue(in, type);
		}
	}

	record Question(String id, String question, List<AnswerSnippet> answers) {
	}

	record AnswerSnippet(String document, String contains) {
	}

	record Unanswerable(String id, String question) {
	}

	/** Whether retrieved passages contain a question's answer snippets. */
	static final class Judge {

		private final Passages store;

		Judge(Passages store) {
			this.store = store;
		}

		double recall(Question question, List<Passage> top) {
			long found = question.answers()
				.stream()
				.filter((answer) -> top.stream().anyMatch((p) -> answers(p, answer)))
				.count();
			return found / (double) question.answers().size();
		}

		int firstRelevant(Question question, List<Passage> ranked) {
			for (int i = 0; i < ranked.size(); i++) {
				Passage passage = ranked.get(i);
				if (question.answers().stream().anyMatch((answer) -> answers(passage, answer))) {
					return i;
				}
			}
			return Integer.MAX_VALUE;
		}

		static boolean answers(Passage passage, AnswerSnippet answer) {
			return passage.documentId().equals("file:" + answer.document())
					&& normalised(passage.text()).contains(normalised(answer.contains()));
		}

		static String normalised(String text) {
			return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
		}

	}

}
