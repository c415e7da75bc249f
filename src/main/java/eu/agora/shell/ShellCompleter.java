package eu.agora.shell;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import org.jline.reader.Candidate;
import org.jline.reader.Completer;
import org.jline.reader.LineReader;
import org.jline.reader.ParsedLine;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.SubcommandSpec;

/**
 * Tab completion in the interactive shell, word by word from the catalog: command names,
 * then subcommand names (both words of {@code round open}), then the subcommand's option
 * keys ({@code status:}), flags, the choices of a choice option ({@code status:achieved})
 * and the values Agora knows for an option: city names and keys, panel names, commitment
 * ids ({@link CompletionValues}). Only what may follow the words typed so far is offered;
 * a value of several words is inserted in quotes.
 */
class ShellCompleter implements Completer {

	private final CommandCatalog catalog;

	private final CompletionValues values;

	ShellCompleter(CommandCatalog catalog, CompletionValues values) {
		this.catalog = catalog;
		this.values = values;
	}

	@Override
	public void complete(@Nullable LineReader reader, ParsedLine line, List<Candidate> candidates) {
		List<String> words = line.words().subList(0, line.wordIndex());
		String typed = line.word().substring(0, line.wordCursor());
		for (String word : words(words, typed)) {
			boolean whole = !word.endsWith(":");
			candidates.add(new Candidate(quoted(word), word, null, null, null, null, whole));
		}
	}

	/**
	 * A value of several words in quotes, after its key if it has one:
	 * {@code "Renovation wave"}, {@code city:"La Louvière"}.
	 */
	static String quoted(String word) {
		if (!word.contains(" ")) {
			return word;
		}
		int colon = word.indexOf(':');
		boolean keyed = colon > 0 && word.substring(0, colon).matches("[a-z][a-z-]*");
		return keyed ? word.substring(0, colon + 1) + "\"" + word.substring(colon + 1) + "\"" : "\"" + word + "\"";
	}

	/** The words that may come at this place, given the words before it. */
	List<String> words(List<String> before, String typed) {
		if (before.isEmpty()) {
			List<String> commands = new ArrayList<>(catalog.commands().stream().map((c) -> "/" + c.name()).toList());
			commands.add(ShellSession.PRESS);
			return startingWith(new LinkedHashSet<>(commands), typed);
		}
		Optional<CommandSpec> command = catalog.command(before.get(0).replaceFirst("^/", ""));
		if (command.isEmpty()) {
			return List.of();
		}
		if (!command.get().hasSubcommands()) {
			return options(command.get().name(), command.get().subcommands().get(0), before.subList(1, before.size()),
					typed);
		}
		if (before.size() == 1) {
			Set<String> first = new LinkedHashSet<>();
			command.get().subcommands().forEach((sub) -> first.add(sub.path().get(0)));
			if (command.get().name().equals("agora")) {
				first.addAll(List.of("as", "back"));
			}
			return startingWith(first, typed);
		}
		return subcommand(command.get(), before.subList(1, before.size()), typed);
	}

	private List<String> subcommand(CommandSpec command, List<String> after, String typed) {
		String first = after.get(0);
		Optional<SubcommandSpec> one = command.subcommand(first);
		if (one.isPresent()) {
			return options(command.name(), one.get(), after.subList(1, after.size()), typed);
		}
		if (after.size() == 1) {
			Set<String> second = new LinkedHashSet<>();
			command.subcommands()
				.stream()
				.filter((sub) -> sub.path().size() == 2 && sub.path().get(0).equals(first))
				.forEach((sub) -> second.add(sub.path().get(1)));
			return startingWith(second, typed);
		}
		return command.subcommand(first + " " + after.get(1))
			.map((sub) -> options(command.name(), sub, after.subList(2, after.size()), typed))
			.orElse(List.of());
	}

	/** Option keys, flags and values for a subcommand after {@code given} words. */
	private List<String> options(String command, SubcommandSpec sub, List<String> given, String typed) {
		int colon = typed.indexOf(':');
		if (colon > 0) {
			String key = typed.substring(0, colon);
			return sub.options()
				.stream()
				.filter((option) -> option.name().equals(key.toLowerCase(Locale.ROOT)))
				.findFirst()
				.map((option) -> startingWith(valuesOf(option, command).stream().map((v) -> key + ":" + v).toList(),
						typed))
				.orElse(List.of());
		}
		Set<String> words = new LinkedHashSet<>();
		nextPositional(sub, given).ifPresent((option) -> words.addAll(valuesOf(option, command)));
		for (OptionSpec option : sub.options()) {
			boolean used = given.stream()
				.anyMatch((word) -> word.toLowerCase(Locale.ROOT).startsWith(option.name() + ":")
						|| word.equalsIgnoreCase(option.name()));
			if (!used) {
				words.add((option.type() == OptionType.FLAG) ? option.name() : option.name() + ":");
			}
		}
		return startingWith(words, typed);
	}

	/** The positional option the next bare word fills, if any. */
	private static Optional<OptionSpec> nextPositional(SubcommandSpec sub, List<String> given) {
		long bare = given.stream().filter((word) -> !word.contains(":")).count();
		return sub.options().stream().filter(OptionSpec::positional).skip(bare).findFirst();
	}

	private List<String> valuesOf(OptionSpec option, String command) {
		if (option.type() == OptionType.CHOICE) {
			return option.choices();
		}
		return switch (option.name()) {
			case "city", "cities", "partner" -> values.cities().get();
			case "panel" -> values.panels().get();
			case "name" -> switch (command) {
				case "panel" -> values.panels().get();
				case "city" -> values.cities().get();
				default -> List.of();
			};
			case "id" -> values.commitments().get();
			default -> List.of();
		};
	}

	private static List<String> startingWith(Collection<String> words, String typed) {
		String prefix = typed.toLowerCase(Locale.ROOT);
		Set<String> seen = new HashSet<>();
		return words.stream()
			.filter((word) -> word.toLowerCase(Locale.ROOT).startsWith(prefix))
			.filter((word) -> seen.add(word.toLowerCase(Locale.ROOT)))
			.toList();
	}

	/**
	 * Where the values come from; each asked at every Tab, so they are current.
	 *
	 * @param cities city names, local names and keys
	 * @param panels names of the panels that are not archived
	 * @param commitments ids of the commitments, e.g. {@code C-17}
	 */
	record CompletionValues(Supplier<List<String>> cities, Supplier<List<String>> panels,
			Supplier<List<String>> commitments) {
	}

}
