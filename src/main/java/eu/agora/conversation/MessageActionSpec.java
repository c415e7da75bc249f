package eu.agora.conversation;

import java.util.Objects;

/**
 * An action people run on a chat message (a Slack message shortcut, a Discord message
 * context-menu command), e.g. "Save as key point". The handler receives the message's
 * text as option {@code message}, so no channel history is read, and, when the message
 * has files, the first as option {@code file} and all as option {@code files}
 * ({@link Options#file(String)}, {@link Options#files(String)}).
 *
 * @param id stable action id, e.g. {@code panel:save-key-point}
 * @param name what the menu shows, e.g. {@code Save as key point}
 * @param description one line for the Slack manifest
 * @param access who may run it
 * @param takesFiles whether it works on the message's files: run on a message without
 * one, it answers that a file is needed, and the platforms whose commands cannot carry
 * files point people to it
 * @param handler what it does
 */
public record MessageActionSpec(String id, String name, String description, Access access, boolean takesFiles,
		CommandHandler handler) {

	/** An action on the message's text. */
	public MessageActionSpec(String id, String name, String description, Access access, CommandHandler handler) {
		this(id, name, description, access, false, handler);
	}

	/**
	 * An action on the message's files, e.g. "Add to knowledge"; the handler reads
	 * {@code call.options().file("file")}.
	 */
	public static MessageActionSpec onFiles(String id, String name, String description, Access access,
			CommandHandler handler) {
		return new MessageActionSpec(id, name, description, access, true, handler);
	}

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
