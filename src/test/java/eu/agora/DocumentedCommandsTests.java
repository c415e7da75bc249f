package eu.agora;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.SubcommandSpec;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README, the docs and the starter pages name only commands that exist, with
 * subcommands and option keys of the catalog; the README's "Commands today" names every
 * command and subcommand there is.
 */
@AgoraTest
class DocumentedCommandsTests {

	private static final Pattern SPAN = Pattern.compile("`(/[a-z][a-z-]*(?: [^`]*)?)`");

	private static final Set<String> SHELL_ONLY = Set.of("/press", "/agora as", "/agora back");

	/** Not Agora's: Slack's own command, a folder, the parser's generic example. */
	private static final Set<String> NOT_AGORA = Set.of("/invite", "/app", "/name");

	@Autowired
	CommandCatalog catalog;

	@Test
	void everyCommandTheReadmeDocsAndStarterPagesNameExists() throws IOException {
		List<String> wrong = new ArrayList<>();
		for (Path page : pages()) {
			Matcher spans = SPAN.matcher(Files.readString(page));
			while (spans.find()) {
				problem(spans.group(1))
					.ifPresent((problem) -> wrong.add(page + ": `" + spans.group(1) + "` " + problem));
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void theReadmeNamesEveryCommandAndSubcommandToday() throws IOException {
		String readme = Files.readString(Path.of("README.md"));
		int start = readme.indexOf("Commands today:");
		String today = readme.substring(start, readme.indexOf("shows each one's options", start));
		Set<String> named = new TreeSet<>();
		Matcher spans = SPAN.matcher(today);
		while (spans.find()) {
			named.addAll(expand(spans.group(1)));
		}
		Set<String> all = new TreeSet<>();
		for (CommandSpec command : catalog.commands()) {
			command.subcommands().forEach((sub) -> all.add(("/" + command.name() + " " + sub.name()).strip()));
		}
		assertThat(named).containsAll(all);
	}

	/** {@code /city show|list} → {@code /city show}, {@code /city list}. */
	private List<String> expand(String span) {
		String[] words = span.split(" ", 2);
		if (words.length == 1 || words[1].startsWith("[") || words[1].startsWith("<")) {
			return List.of(words[0]);
		}
		List<String> out = new ArrayList<>();
		String group = "";
		for (String alternative : words[1].split("\\|")) {
			String sub = alternative.strip();
			if (sub.contains(" ")) {
				group = sub.substring(0, sub.indexOf(' ') + 1);
			}
			boolean known = catalog.command(words[0].substring(1))
				.flatMap((command) -> command.subcommand(sub))
				.isPresent();
			out.add(words[0] + " " + ((known || group.isEmpty()) ? sub : group + sub));
		}
		return out;
	}

	private Optional<String> problem(String span) {
		if (SHELL_ONLY.stream().anyMatch(span::startsWith)) {
			return Optional.empty();
		}
		String[] words = span.split(" ");
		if (NOT_AGORA.contains(words[0])) {
			return Optional.empty();
		}
		Optional<CommandSpec> command = catalog.command(words[0].substring(1));
		if (command.isEmpty()) {
			return Optional.of("is no command");
		}
		if (!command.get().hasSubcommands()) {
			return options(command.get().subcommands().get(0), words, 1);
		}
		if (words.length == 1 || !words[1].matches("[a-z][a-z-|]*")) {
			return Optional.empty();
		}
		for (String first : words[1].split("\\|")) {
			Optional<SubcommandSpec> sub = command.get().subcommand(first);
			if (sub.isPresent()) {
				if (!words[1].contains("|")) {
					return options(sub.get(), words, 2);
				}
				continue;
			}
			boolean group = command.get()
				.subcommands()
				.stream()
				.anyMatch((each) -> each.name().startsWith(first + " "));
			if (!group && !words[1].contains("|")) {
				return Optional.of("has no subcommand " + first);
			}
		}
		return Optional.empty();
	}

	private static Optional<String> options(SubcommandSpec sub, String[] words, int from) {
		return Stream.of(words)
			.skip(from)
			.filter((word) -> word.matches("\\[?[a-z][a-z-]*:.*"))
			.map((word) -> word.replaceFirst("^\\[", "").substring(0, word.replaceFirst("^\\[", "").indexOf(':')))
			.filter((key) -> sub.options().stream().noneMatch((option) -> option.name().equals(key)))
			.findFirst()
			.map((key) -> "has no option " + key + ":");
	}

	private static List<Path> pages() throws IOException {
		List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
		try (Stream<Path> docs = Stream.concat(Files.list(Path.of("docs")), Files.list(Path.of("config/knowledge")))) {
			docs.filter((path) -> path.toString().endsWith(".md")).sorted().forEach(pages::add);
		}
		return pages;
	}

}
