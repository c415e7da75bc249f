package eu.agora.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * While the interactive shell runs, log lines go to a file and never to the terminal, and
 * the console comes back afterwards.
 */
class ShellLogsTests {

	@TempDir
	Path dir;

	@Test
	void logLinesGoToTheFileAndNotTheConsoleUntilClosed() throws Exception {
		Logger root = ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
		List<String> before = appenders(root);
		Path file = dir.resolve(ShellLogs.FILE);

		try (ShellLogs logs = ShellLogs.toFile(file)) {
			LoggerFactory.getLogger(ShellLogsTests.class).warn("a line while someone types");
			assertThat(root.iteratorForAppenders()).toIterable().noneMatch(ConsoleAppender.class::isInstance);
		}

		assertThat(Files.readString(file)).contains("WARN").contains("a line while someone types");
		assertThat(appenders(root)).isEqualTo(before);
	}

	private static List<String> appenders(Logger root) {
		List<String> names = new ArrayList<>();
		for (var it = root.iteratorForAppenders(); it.hasNext();) {
			Appender<ILoggingEvent> appender = it.next();
			names.add(appender.getName());
		}
		return names;
	}

}
