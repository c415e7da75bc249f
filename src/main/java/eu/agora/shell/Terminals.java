package eu.agora.shell;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether standard input and output are a terminal a person types at.
 */
final class Terminals {

	private Terminals() {
	}

	static boolean interactive() {
		Console console = System.console();
		if (console == null) {
			return false;
		}
		try {
			// Java 22+ returns a console even when redirected; isTerminal() tells the
			// truth.
			Method isTerminal = Console.class.getMethod("isTerminal");
			return (Boolean) isTerminal.invoke(console);
		}
		catch (ReflectiveOperationException ex) {
			return true;
		}
	}

}
