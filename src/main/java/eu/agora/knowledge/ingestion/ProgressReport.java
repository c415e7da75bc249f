package eu.agora.knowledge.ingestion;

import java.io.Console;
import java.io.PrintStream;
import java.util.Locale;

import eu.agora.conversation.Plural;

/**
 * How the ingestion command shows its progress: a bar redrawn in place on a terminal, one
 * plain line per file when the output goes to a file or a pipe.
 */
interface ProgressReport {

	void starting(int done, int total, String name);

	void done(int done, int total, IngestResult result);

	void finished();

	static ProgressReport forTerminal(PrintStream out) {
		return interactive() ? new Bar(out) : new Lines(out);
	}

	private static boolean interactive() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

	/** What happened to one file, in a few words. */
	static String outcome(IngestResult result) {
		return switch (result) {
			case IngestResult.Ingested done -> String.format(Locale.ROOT, "%s: %s%s%s", done.name(),
					Plural.grouped(done.document().passages(), "passage"),
					(done.document().cityKey() != null) ? " (" + done.document().cityKey() + ")" : "",
					done.replaced() ? ", replaced the earlier version" : "");
			case IngestResult.Unchanged same -> same.name() + ": unchanged";
			case IngestResult.Skipped skip -> "skipped " + skip.reason();
		};
	}

	/** One line per file. */
	final class Lines implements ProgressReport {

		private final PrintStream out;

		Lines(PrintStream out) {
			this.out = out;
		}

		@Override
		public void starting(int done, int total, String name) {
		}

		@Override
		public void done(int done, int total, IngestResult result) {
			out.println("[" + done + "/" + total + "] " + outcome(result));
		}

		@Override
		public void finished() {
		}

	}

	/** A bar on one terminal line, with the file being read. */
	final class Bar implements ProgressReport {

		private static final int WIDTH = 30;

		private final PrintStream out;

		Bar(PrintStream out) {
			this.out = out;
		}

		@Override
		public void starting(int done, int total, String name) {
			draw(done, total, name);
		}

		@Override
		public void done(int done, int total, IngestResult result) {
			if (result instanceof IngestResult.Skipped) {
				out.print("\r\033[K");
				out.println(outcome(result));
			}
			draw(done, total, "");
		}

		@Override
		public void finished() {
			out.print("\r\033[K");
			out.flush();
		}

		private void draw(int done, int total, String name) {
			int filled = (total == 0) ? WIDTH : done * WIDTH / total;
			out.print("\r\033[K[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
					+ name);
			out.flush();
		}

	}

}
