package eu.agora.conversation.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * positional values in declaration order, each converted to its option's type. Files the
 * platform attached are bound as they are; a file given as text is read by
 * {@code fileFromText}, which knows what typed text means on the platform. Every problem
 * becomes a {@link UserError} naming the option and the expected form.
 */
public final class OptionBinder {

	private final ValueConverter converter = new ValueConverter();

	public Options bind(String command, SubcommandSpec sub, List<Token> tokens, Map<String, FileRef> files,
			Function<String, FileRef> fileFromText) {
		String usage = "Usage: `" + sub.usage(command) + "`";
		Map<String, Object> values = new LinkedHashMap<>();
		Deque<Token> positional = new ArrayDeque<>();
		for (Map.Entry<String, FileRef> file : files.entrySet()) {
			OptionSpec option = find(sub, file.getKey())
				.orElseThrow(() -> unknownOption(command, sub, file.getKey(), usage));
			if (option.type() != OptionType.ATTACHMENT) {
				throw new UserError("`" + option.name() + "` takes " + option.type().expected() + ", not a file.",
						usage);
			}
			values.put(option.name(), file.getValue());
		}
		for (Token token : tokens) {
			String key = token.key();
			if (key != null) {
				OptionSpec option = find(sub, key).orElseThrow(() -> unknownOption(command, sub, key, usage));
				put(values, option, token.value(), usage, fileFromText);
			}
			else if (token.isBareWord() && isFlag(sub, token.value())) {
				values.put(token.value().toLowerCase(Locale.ROOT), Boolean.TRUE);
			}
			else {
				positional.add(token);
			}
		}
		bindPositional(sub, positional, values, usage, fileFromText);
		for (OptionSpec option : sub.options()) {
			if (option.required() && !values.containsKey(option.name())) {
				throw new UserError("Missing `" + option.name() + "`: " + option.description() + ".", usage);
			}
		}
		return new Options(values);
	}

	private void bindPositional(SubcommandSpec sub, Deque<Token> words, Map<String, Object> values, String usage,
			Function<String, FileRef> fileFromText) {
		List<OptionSpec> slots = sub.options()
			.stream()
			.filter((option) -> option.positional() && !values.containsKey(option.name()))
			.toList();
		for (int i = 0; i < slots.size() && !words.isEmpty(); i++) {
			OptionSpec slot = slots.get(i);
			boolean last = i == slots.size() - 1;
			String value = (last && slot.type() == OptionType.TEXT) ? joinAll(words) : words.poll().value();
			put(values, slot, value, usage, fileFromText);
		}
		if (!words.isEmpty()) {
			throw new UserError("I don't know what to do with `" + joinAll(words) + "`.", usage);
		}
	}

	private void put(Map<String, Object> values, OptionSpec option, String raw, String usage,
			Function<String, FileRef> fileFromText) {
		if (values.containsKey(option.name())) {
			throw new UserError("`" + option.name() + "` is given twice.", usage);
		}
		String trimmed = raw.strip();
		if (trimmed.isEmpty()) {
			throw new UserError("`" + option.name() + "` is empty: give " + option.type().expected() + ".", usage);
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

	private static UserError unknownOption(String command, SubcommandSpec sub, String key, String usage) {
		List<String> names = sub.options().stream().map(OptionSpec::name).toList();
		String head = "/" + command + (sub.name().isEmpty() ? "" : " " + sub.name());
		String hint = Suggestions.didYouMean(key, names, "");
		String problem = names.isEmpty() ? "`" + head + "` takes no options, but got `" + key + ":`."
				: "`" + head + "` has no option `" + key + ":`." + (hint.isEmpty() ? "" : " " + hint);
		return new UserError(problem, usage);
	}

}
