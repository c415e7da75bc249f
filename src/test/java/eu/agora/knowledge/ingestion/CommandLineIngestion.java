package eu.agora.knowledge.ingestion;

import java.io.PrintStream;
import java.util.List;

import org.springframework.context.ConfigurableApplicationContext;

import eu.agora.knowledge.search.KnowledgeLoading;

/**
 * The {@code ingest} command line, for tests of other packages that need a corpus
 * ingested the way an operator does it (one line per file, then the summary).
 */
public final class CommandLineIngestion {

	private CommandLineIngestion() {
	}

	/**
	 * @return the command's exit code
	 */
	public static int ingest(ConfigurableApplicationContext agora, List<String> named, PrintStream out) {
		return new IngestCommandLine(agora.getBean(Ingestion.class), agora, agora.getBean(KnowledgeLoading.class))
			.ingest(named, out, new ProgressReport.Lines(out));
	}

}
