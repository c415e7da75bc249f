package eu.agora.shell;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.SubcommandSpec;

/**
 * The shell when a person types at a terminal: a REPL with history (kept in the data dir)
 * and completion of command and subcommand names.
 */
class InteractiveShell {

	private final ShellSession session;

	private final CommandCatalog catalog;

	private final Path historyFile;

	InteractiveShell(ShellSession session, CommandCatalog catalog, Path historyFile) {
		this.session = session;
		this.catalog = catalog;
		this.historyFile = historyFile;
	}

	void run(Function<PrintWriter, ReplyPrinter> printers) {
		try (Terminal terminal = TerminalBuilder.builder().system(true).build()) {
			LineReader reader = LineReaderBuilder.builder()
				.terminal(terminal)
				.appName("agora")
				.completer(new StringsCompleter(completions()))
				.variable(LineReader.HISTORY_FILE, historyFile)
				.build();
			ReplyPrinter printer = printers.apply(terminal.writer());
			terminal.writer()
				.println("Agora shell — you are " + session.sender().userId()
						+ ". Type /help to see the commands, Ctrl-D to leave.");
			loop(reader, printer);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot open the terminal", ex);
		}
	}

	private void loop(LineReader reader, ReplyPrinter printer) {
		int number = 0;
		while (true) {
			String line;
			try {
				line = reader.readLine("agora> ");
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

	private List<String> completions() {
		List<String> words = new ArrayList<>();
		for (CommandSpec command : catalog.commands()) {
			words.add("/" + command.name());
			if (command.hasSubcommands()) {
				for (SubcommandSpec sub : command.subcommands()) {
					words.add("/" + command.name() + " " + sub.name());
				}
			}
		}
		return words;
	}

}
