package eu.agora.shell;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.FileAppender;
import org.jspecify.annotations.Nullable;
import org.slf4j.LoggerFactory;

/**
 * While a person types at the interactive shell, log lines go to a file instead of the
 * terminal, so that none lands in the middle of a reply or the prompt: the console
 * appenders are taken off the root logger and a file appender
 * ({@code <data-dir>/agora.log}, appended to) takes their place until {@link #close()}
 * puts them back. Log lines keep the configured redaction (the conversion rules of
 * {@code logback-spring.xml}).
 */
final class ShellLogs implements AutoCloseable {

	static final String FILE = "agora.log";

	private static final String PATTERN = "%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX} %5p [%t] %logger{36} : %m%n";

	private final @Nullable Logger root;

	private final List<Appender<ILoggingEvent>> consoles;

	private final @Nullable FileAppender<ILoggingEvent> file;

	private ShellLogs(@Nullable Logger root, List<Appender<ILoggingEvent>> consoles,
			@Nullable FileAppender<ILoggingEvent> file) {
		this.root = root;
		this.consoles = consoles;
		this.file = file;
	}

	/**
	 * Sends the logs to {@code path}; the terminal gets none until closed. Does nothing
	 * when the logging is not Logback's.
	 */
	static ShellLogs toFile(Path path) {
		if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
			return new ShellLogs(null, List.of(), null);
		}
		Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
		PatternLayoutEncoder encoder = new PatternLayoutEncoder();
		encoder.setContext(context);
		encoder.setPattern(PATTERN);
		encoder.start();
		FileAppender<ILoggingEvent> file = new FileAppender<>();
		file.setContext(context);
		file.setName("SHELL_FILE");
		file.setFile(path.toAbsolutePath().toString());
		file.setAppend(true);
		file.setEncoder(encoder);
		file.start();
		root.addAppender(file);
		List<Appender<ILoggingEvent>> consoles = new ArrayList<>();
		for (Iterator<Appender<ILoggingEvent>> it = root.iteratorForAppenders(); it.hasNext();) {
			Appender<ILoggingEvent> appender = it.next();
			if (appender instanceof ConsoleAppender) {
				consoles.add(appender);
			}
		}
		consoles.forEach(root::detachAppender);
		return new ShellLogs(root, consoles, file);
	}

	/** Puts the logs back where they went before. */
	@Override
	public void close() {
		if (root == null || file == null) {
			return;
		}
		consoles.forEach(root::addAppender);
		root.detachAppender(file);
		file.stop();
	}

}
