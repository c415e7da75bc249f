package eu.agora.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Function;

import org.jline.reader.Completer;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The shell when a person types at a terminal: a REPL with history (kept in the data dir)
 * and completion ({@link ShellCompleter}). While it runs, logs go to
 * {@code <data-dir>/agora.log} ({@link ShellLogs}), so that none interrupts a reply.
 */
class InteractiveShell {

	private final ShellSession session;

	private final Completer completer;

	private final Path dataDir;

	InteractiveShell(ShellSession session, Completer completer, Path dataDir) {
		this.session = session;
		this.completer = completer;
		this.dataDir = dataDir;
	}

	/**
	 * Runs until Ctrl-D.
	 * @param printers the reply printer for the terminal's writer
	 * @param admin whether the person may act as anyone (the banner says so)
	 * @param prompting told once the banner is printed and the prompt comes next
	 */
	void run(Function<PrintWriter, ReplyPrinter> printers, boolean admin, Runnable prompting) {
		Path logFile = dataDir.resolve(ShellLogs.FILE);
		try (Terminal terminal = TerminalBuilder.builder().system(true).build();
				ShellLogs logs = ShellLogs.toFile(logFile)) {
			LineReader reader = reader(terminal, completer, dataDir.resolve("shell-history"));
			ReplyPrinter printer = printers.apply(terminal.writer());
			terminal.writer().println(banner(logFile, admin));
			terminal.flush();
			prompting.run();
			loop(reader, printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the terminal", ex);
		}
	}

	/** The line reader on {@code terminal}: completion, and history kept in a file. */
	static LineReader reader(Terminal terminal, Completer completer, Path historyFile) {
		return LineReaderBuilder.builder()
			.terminal(terminal)
			.appName("agora")
			.completer(completer)
			.variable(LineReader.HISTORY_FILE, historyFile)
			.build();
	}

	private String banner(Path logFile, boolean admin) {
		return "Agora shell — you are " + session.sender().userId()
				+ ". Type /help to see the commands, Tab to complete, Ctrl-D to leave." + System.lineSeparator()
				+ (admin ? "As an admin you may act as anyone: /agora as <name>, and /agora back. " : "")
				+ "Logs go to " + logFile + ".";
	}

	private void loop(LineReader reader, ReplyPrinter printer) {
		int number = 0;
		while (true) {
			String line;
			try {
				line = reader.readLine(session.prompt());
			}
			catch (UserInterruptException ex) {
				number++;
				continue;
			}
			catch (EndOfFileException ex) {
				return;
			}
			session.handle(++number, line, printer);
		}
	}

}
