package eu.agora.conversation.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.agora.conversation.FileRef;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Options;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Gives the words after a subcommand their meaning: named values, bare-word flags and
 * positional values in declaration order, each converted to its option's type. Every
 * problem is collected, so that one reply lists them all. Files the platform attached are
 * bound as they are; a file given as text is read by {@code fileFromText}, which knows
 * what typed text means on the platform. Every problem becomes a {@link UserError} naming
 * the option and the expected form.
 */
public final class OptionBinder {

	private final ValueConverter converter = new ValueConverter();

	public Options bind(String command, SubcommandSpec sub, List<Token> tokens, Map<String, FileRef> files,
			Function<String, FileRef> fileFromText) {
		String usage = "Usage: `" + sub.usage(command) + "`";
		Map<String, Object> values = new LinkedHashMap<>();
		List<UserError> problems = new ArrayList<>();
		Deque<Token> positional = new ArrayDeque<>();
		for (Map.Entry<String, FileRef> file : files.entrySet()) {
			collect(problems, () -> bindFile(command, sub, file, values));
		}
		for (Token token : tokens) {
			String key = token.key();
			if (key != null) {
				collect(problems, () -> put(values, find(sub, key).orElseThrow(() -> unknownOption(command, sub, key)),
						token.value(), fileFromText));
			}
			else if (token.isBareWord() && isFlag(sub, token.value())) {
				values.put(token.value().toLowerCase(Locale.ROOT), Boolean.TRUE);
			}
			else {
				positional.add(token);
			}
		}
		bindPositional(sub, positional, values, problems, fileFromText);
		for (OptionSpec option : sub.options()) {
			if (option.required() && !values.containsKey(option.name()) && !mentioned(problems, option)) {
				problems.add(new UserError("Missing `" + option.name() + "`: " + option.description() + "."));
			}
		}
		if (!problems.isEmpty()) {
			throw oneReply(command, sub, problems, usage);
		}
		return new Options(values);
	}

	/**
	 * One problem as it is (with the usage unless it has a hint of its own), or a list
	 * followed by the usage once.
	 */
	private static UserError oneReply(String command, SubcommandSpec sub, List<UserError> problems, String usage) {
		if (problems.size() == 1) {
			UserError only = problems.get(0);
			return (only.hint() != null) ? only : new UserError(message(only), usage);
		}
		List<String> lines = problems.stream()
			.map((problem) -> message(problem) + ((problem.hint() == null) ? "" : " " + problem.hint()))
			.toList();
		return new UserError(problems.size() + " problems with `/" + command
				+ (sub.name().isEmpty() ? "" : " " + sub.name()) + "`:\n- " + String.join("\n- ", lines), usage);
	}

	private static String message(UserError error) {
		return Objects.requireNonNull(error.getMessage());
	}

	private static void bindFile(String command, SubcommandSpec sub, Map.Entry<String, FileRef> file,
			Map<String, Object> values) {
		OptionSpec option = find(sub, file.getKey()).orElseThrow(() -> unknownOption(command, sub, file.getKey()));
		if (option.type() != OptionType.ATTACHMENT) {
			throw new UserError("`" + option.name() + "` takes " + option.type().expected() + ", not a file.");
		}
		values.put(option.name(), file.getValue());
	}

	/** Runs {@code binding}, keeping its problem, so that one reply names them all. */
	private static void collect(List<UserError> problems, Runnable binding) {
		try {
			binding.run();
		}
		catch (UserError error) {
			problems.add(error);
		}
	}

	/** Whether a problem already names the option (a bad value is not also "missing"). */
	private static boolean mentioned(List<UserError> problems, OptionSpec option) {
		return problems.stream().anyMatch((problem) -> message(problem).startsWith("`" + option.name() + "`"));
	}

	private void bindPositional(SubcommandSpec sub, Deque<Token> words, Map<String, Object> values,
			List<UserError> problems, Function<String, FileRef> fileFromText) {
		List<OptionSpec> slots = sub.options()
			.stream()
			.filter((option) -> option.positional() && !values.containsKey(option.name()))
			.toList();
		for (int i = 0; i < slots.size() && !words.isEmpty(); i++) {
			OptionSpec slot = slots.get(i);
			boolean last = i == slots.size() - 1;
			String value = (last && slot.type() == OptionType.TEXT) ? joinAll(words) : words.poll().value();
			collect(problems, () -> put(values, slot, value, fileFromText));
		}
		if (!words.isEmpty()) {
			problems.add(new UserError("I don't know what to do with `" + joinAll(words) + "`."));
		}
	}

	private void put(Map<String, Object> values, OptionSpec option, String raw,
			Function<String, FileRef> fileFromText) {
		if (values.containsKey(option.name())) {
			throw new UserError("`" + option.name() + "` is given twice.");
		}
		String trimmed = raw.strip();
		if (trimmed.isEmpty()) {
			throw new UserError("`" + option.name() + "` is empty: give " + option.type().expected() + ".");
		}
		Object value = (option.type() == OptionType.ATTACHMENT) ? fileFromText.apply(trimmed)
				: converter.convert(option, trimmed);
		values.put(option.name(), value);
	}

	private static String joinAll(Deque<Token> words) {
		String joined = words.stream().map(Token::value).collect(Collectors.joining(" "));
		words.clear();
		return joined;
	}

	private static boolean isFlag(SubcommandSpec sub, String word) {
		return find(sub, word).filter((option) -> option.type() == OptionType.FLAG).isPresent();
	}

	private static Optional<OptionSpec> find(SubcommandSpec sub, String name) {
		return sub.options().stream().filter((option) -> option.name().equalsIgnoreCase(name)).findFirst();
	}

	private static UserError unknownOption(String command, SubcommandSpec sub, String key) {
		List<String> names = sub.options().stream().map(OptionSpec::name).toList();
		String head = "/" + command + (sub.name().isEmpty() ? "" : " " + sub.name());
		String hint = Suggestions.didYouMean(key, names, "");
		String problem = names.isEmpty() ? "`" + head + "` takes no options, but got `" + key + ":`."
				: "`" + head + "` has no option `" + key + ":`." + (hint.isEmpty() ? "" : " " + hint);
		// no hint of its own: oneReply adds the usage, once
		return new UserError(problem, null);
	}

}
