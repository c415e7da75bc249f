package eu.agora.conversation;

import java.util.Objects;

/**
 * A button a feature's replies contain: its stable action id, who may press it and what
 * it does. The handler receives the button's value as option {@code value}.
 *
 * @param id the action id, e.g. {@code knowledge:more}; an id ending in {@code :} matches
 * every id below it
 * @param access who may press it
 * @param handler what it does
 */
public record ActionSpec(String id, Access access, CommandHandler handler) {

	public ActionSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(access, "access");
		Objects.requireNonNull(handler, "handler");
	}

	/** Whether this spec handles the pressed {@code actionId}. */
	boolean matches(String actionId) {
		return id.equals(actionId) || (id.endsWith(":") && actionId.startsWith(id));
	}

}
