package eu.agora.knowledge.ingestion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Plural;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.KnowledgeLoading;

/**
 * {@code java -jar agora.jar ingest <file-or-folder>…}: ingests the files (folders
 * recursively, {@link #WORKERS} at a time, reported in order), showing a progress bar on
 * a terminal and one line per file otherwise, then a summary. Exits 0 when at least one
 * document is in the knowledge base afterwards (ingested now or unchanged since before),
 * 1 when none is, 2 without files to ingest.
 */
@Component
@ConditionalOnProperty(name = "agora.ingest.enabled", havingValue = "true")
class IngestCommandLine implements ApplicationRunner {

	/**
	 * Files read, split and embedded at once, one per core: while one file's passages are
	 * stored and indexed (one at a time), the next is being read and embedded.
	 */
	static final int WORKERS = Math.max(1, Runtime.getRuntime().availableProcessors());

	private final Ingestion ingestion;

	private final ConfigurableApplicationContext context;

	private final KnowledgeLoading loading;

	IngestCommandLine(Ingestion ingestion, ConfigurableApplicationContext context, KnowledgeLoading loading) {
		this.ingestion = ingestion;
		this.loading = loading;
		this.context = context;
	}

	@Override
	public void run(ApplicationArguments args) {
		PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
		List<String> named = args.getNonOptionArgs().subList(1, args.getNonOptionArgs().size());
		int code = ingest(named, out, ProgressReport.forTerminal(out));
		System.exit(SpringApplication.exit(context, () -> code));
	}

	int ingest(List<String> named, PrintStream out, ProgressReport progress) {
		if (named.isEmpty()) {
			out.println("Nothing to ingest. Usage: java -jar agora.jar ingest <file-or-folder>… "
					+ "(Markdown, text, HTML or PDF; options such as --agora.data-dir=<dir> may stand anywhere)");
			return 2;
		}
		// the index is brought up to date (and the starter pages read) before any file
		loading.awaitLoaded(Duration.ofDays(1));
		List<IngestResult> results = new ArrayList<>();
		List<Path> files = new ArrayList<>();
		for (String name : named) {
			Path path = Path.of(name);
			if (Files.isDirectory(path)) {
				files.addAll(filesIn(path));
			}
			else if (Files.isRegularFile(path)) {
				files.add(path);
			}
			else {
				results.add(new IngestResult.Skipped(name, name + ": no such file or folder."));
			}
		}
		long started = System.nanoTime();
		try (ExecutorService workers = Executors.newFixedThreadPool(WORKERS)) {
			List<Future<IngestResult>> pending = files.stream()
				.map((file) -> workers.submit(() -> ingest(file)))
				.toList();
			for (int i = 0; i < files.size(); i++) {
				progress.starting(i, files.size(), files.get(i).getFileName().toString());
				IngestResult result = resultOf(pending.get(i), files.get(i));
				results.add(result);
				progress.done(i + 1, files.size(), result);
			}
		}
		progress.finished();
		Summary summary = Summary.of(results, System.nanoTime() - started);
		out.println(summary.text());
		return summary.inKnowledgeBase() > 0 ? 0 : 1;
	}

	private static IngestResult resultOf(Future<IngestResult> pending, Path file) {
		try {
			return pending.get();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new IngestResult.Skipped(file.getFileName().toString(), file.getFileName() + ": interrupted.");
		}
		catch (ExecutionException ex) {
			throw new IllegalStateException("Ingesting " + file + " failed", ex.getCause());
		}
	}

	private IngestResult ingest(Path file) {
		String name = file.getFileName().toString();
		try {
			long size = Files.size(file);
			if (size > ingestion.maxFileSize()) {
				return ingestion.tooLarge(name, size);
			}
			return ingestion.file("file:" + name, name, Files.readAllBytes(file), DocumentKind.FILE, null);
		}
		catch (IOException ex) {
			return new IngestResult.Skipped(name, name + " cannot be read: " + ex.getMessage());
		}
	}

	private static List<Path> filesIn(Path folder) {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(Files::isRegularFile)
				.filter((path) -> !path.getFileName().toString().startsWith("."))
				.sorted()
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Counts and the lines of the final report. */
	record Summary(int ingested, int replaced, int unchanged, int passages, List<IngestResult.Skipped> skipped,
			long nanos) {

		static Summary of(List<IngestResult> results, long nanos) {
			int ingested = 0;
			int replaced = 0;
			int unchanged = 0;
			int passages = 0;
			List<IngestResult.Skipped> skipped = new ArrayList<>();
			for (IngestResult result : results) {
				switch (result) {
					case IngestResult.Ingested done -> {
						ingested++;
						replaced += done.replaced() ? 1 : 0;
						passages += done.document().passages();
					}
					case IngestResult.Unchanged same -> unchanged++;
					case IngestResult.Skipped skip -> skipped.add(skip);
				}
			}
			return new Summary(ingested, replaced, unchanged, passages, skipped, nanos);
		}

		int inKnowledgeBase() {
			return ingested + unchanged;
		}

		String text() {
			StringBuilder text = new StringBuilder();
			text.append(String.format(Locale.ROOT, "Ingested %s (%s%s) in %.1f s; %d unchanged; %d skipped.",
					Plural.of(ingested, "document"), Plural.grouped(passages, "passage"),
					(replaced > 0) ? ", " + replaced + " replaced" : "", nanos / 1e9, unchanged, skipped.size()));
			for (IngestResult.Skipped skip : skipped) {
				text.append("\n  skipped ").append(skip.reason());
			}
			return text.toString();
		}

	}

}
