package eu.agora.shell;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The shell when standard input is not a terminal: every line is one message or command,
 * every reply is printed at once, and the session ends at the end of input.
 */
class ScriptedShell {

	private final ShellSession session;

	ScriptedShell(ShellSession session) {
		this.session = session;
	}

	void run(BufferedReader in, ReplyPrinter printer) {
		try {
			int number = 0;
			for (String line = in.readLine(); line != null; line = in.readLine()) {
				session.handle(++number, line, printer);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read standard input", ex);
		}
	}

}
