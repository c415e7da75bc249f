package eu.agora.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.agora.directory.PersonErased;

/**
 * The shell keeps two kinds of files under the data dir that can hold a person's name:
 * the interactive history ({@code shell-history}) and the files it saved from replies
 * ({@code files/}, exports and data exports). When a person is erased, the history lines
 * that mention them are dropped and the saved files that mention them are deleted — they
 * are copies, which the commands that made them can make again. Runs whether or not the
 * shell itself runs, since the data dir may hold them from earlier sessions.
 */
@Component
class ErasingShellTraces {

	private static final Logger log = LoggerFactory.getLogger(ErasingShellTraces.class);

	private final Path dataDir;

	ErasingShellTraces(@Value("${agora.data-dir:./data}") Path dataDir) {
		this.dataDir = dataDir;
	}

	@EventListener
	void on(PersonErased erased) {
		Pattern traces = Pattern.compile(erased.traces()
			.stream()
			.map((trace) -> "(?<![\\p{L}\\p{N}])" + Pattern.quote(trace) + "(?![\\p{L}\\p{N}])")
			.reduce((a, b) -> a + "|" + b)
			.orElse("(?!)"), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
		try {
			dropHistoryLines(dataDir.resolve("shell-history"), traces);
			deleteSavedFiles(dataDir.resolve("files"), traces);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not erase " + erased.anonymousSubject() + " from the shell's files",
					ex);
		}
	}

	private static void dropHistoryLines(Path history, Pattern traces) throws IOException {
		if (!Files.isRegularFile(history)) {
			return;
		}
		List<String> lines = Files.readAllLines(history, StandardCharsets.UTF_8);
		List<String> kept = lines.stream().filter((line) -> !traces.matcher(line).find()).toList();
		if (kept.size() != lines.size()) {
			Files.write(history, kept, StandardCharsets.UTF_8);
			log.info("Dropped {} shell history lines of an erased person", lines.size() - kept.size());
		}
	}

	private static void deleteSavedFiles(Path files, Pattern traces) throws IOException {
		if (!Files.isDirectory(files)) {
			return;
		}
		try (Stream<Path> saved = Files.list(files)) {
			for (Path file : saved.filter(Files::isRegularFile).toList()) {
				String content = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
				if (traces.matcher(content).find()) {
					Files.delete(file);
					log.info("Deleted the saved file {}: it held an erased person's data", file.getFileName());
				}
			}
		}
	}

}
