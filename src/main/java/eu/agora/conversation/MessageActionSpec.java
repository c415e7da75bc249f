package eu.agora.conversation;

import java.util.Objects;

/**
 * An action people run on a chat message (a Slack message shortcut, a Discord message
 * context-menu command), e.g. "Save as key point". The handler receives the message's
 * text as option {@code message}, so no channel history is read.
 *
 * @param id stable action id, e.g. {@code panel:save-key-point}
 * @param name what the menu shows, e.g. {@code Save as key point}
 * @param description one line for the Slack manifest
 * @param access who may run it
 * @param handler what it does
 */
public record MessageActionSpec(String id, String name, String description, Access access, CommandHandler handler) {

	public MessageActionSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(name, "name");
		Objects.requireNonNull(access, "access");
		Objects.requireNonNull(handler, "handler");
		if (name.length() > 32) {
			throw new IllegalArgumentException("Message action names are at most 32 characters: " + name);
		}
	}

}
