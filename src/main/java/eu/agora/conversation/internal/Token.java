package eu.agora.conversation.internal;

import org.jspecify.annotations.Nullable;

/**
 * One word of a command line: either a named value ({@code key:value}) or a positional
 * word.
 *
 * @param key the option name, or {@code null} for a positional word
 * @param value the value, quotes removed
 * @param quoted whether the value was quoted (a quoted word is never a subcommand or
 * flag)
 */
public record Token(@Nullable String key, String value, boolean quoted) {

	public boolean isNamed() {
		return key != null;
	}

	public boolean isBareWord() {
		return key == null && !quoted;
	}

	@Override
	public String toString() {
		return isNamed() ? key + ":" + value : value;
	}

}
