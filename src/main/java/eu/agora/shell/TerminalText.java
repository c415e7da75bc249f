package eu.agora.shell;

import java.util.regex.Pattern;

/**
 * Text made safe for a terminal: what people typed (names, notes, questions) reaches the
 * shell's output, and an escape sequence in it could move the cursor, retitle the window
 * or hide what follows. ANSI escape sequences (CSI, OSC and the other ESC forms) are
 * removed, then every other control character but the line feed and the tab, and the
 * bidirectional overrides that would reorder the line.
 */
final class TerminalText {

	private static final Pattern ESCAPES = Pattern
		.compile("\\u001B\\[[0-?]*[ -/]*[@-~]|\\u001B\\][^\\u0007\\u001B]*(\\u0007|\\u001B\\\\)?|\\u001B[@-Z\\\\-_]"
				+ "|\\u009B[0-?]*[ -/]*[@-~]|\\u009D[^\\u0007]*\\u0007?");

	private static final Pattern CONTROLS = Pattern
		.compile("[\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u202A-\\u202E\\u2066-\\u2069]");

	private TerminalText() {
	}

	static String safe(String text) {
		return CONTROLS.matcher(ESCAPES.matcher(text).replaceAll("")).replaceAll("");
	}

}
