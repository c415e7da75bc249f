package eu.agora.conversation;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A button a feature's replies contain: its stable action id, who may press it and what
 * it does. The handler receives the button's value as option {@code value}.
 *
 * @param id the action id, e.g. {@code knowledge:more}; an id ending in {@code :} matches
 * every id below it
 * @param access who may press it
 * @param handler what it does
 * @param typed the command a person may type instead of pressing it, from the button's
 * value (e.g. {@code A-3} → {@code /knowledge feedback A-3 helpful}); {@code null} when
 * no command does the same for the same people
 */
public record ActionSpec(String id, Access access, CommandHandler handler, @Nullable Function<String, String> typed) {

	public ActionSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(access, "access");
		Objects.requireNonNull(handler, "handler");
	}

	public ActionSpec(String id, Access access, CommandHandler handler) {
		this(id, access, handler, null);
	}

	/** This button, with the command that does the same when typed. */
	public ActionSpec typedAs(Function<String, String> command) {
		return new ActionSpec(id, access, handler, command);
	}

	/** The command that does what pressing the button with {@code value} does, if any. */
	public Optional<String> typedCommand(String value) {
		return Optional.ofNullable(typed).map((command) -> command.apply(value));
	}

	/** Whether this spec handles the pressed {@code actionId}. */
	boolean matches(String actionId) {
		return id.equals(actionId) || (id.endsWith(":") && actionId.startsWith(id));
	}

}
