package eu.agora.shell;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

/**
 * Turns one line typed in the shell into an {@link Inbound} and hands its reply to the
 * printer. Lines starting with {@code /} are commands, others messages; blank lines and
 * lines starting with {@code #} are skipped (so scripts can have comments).
 */
class ShellSession {

	static final String CHANNEL = "shell";

	private final Conversation conversation;

	private final Sender sender;

	ShellSession(Conversation conversation, String user) {
		this.conversation = conversation;
		this.sender = new Sender(Platform.SHELL, user, user);
	}

	Sender sender() {
		return sender;
	}

	/** Handles line number {@code number}; prints nothing for a skipped line. */
	void handle(int number, String line, ReplyPrinter printer) {
		String text = line.strip();
		if (text.isEmpty() || text.startsWith("#")) {
			return;
		}
		Input input = text.startsWith("/") ? new Input.CommandText(text) : new Input.Message(text);
		Reply reply = conversation.handle(new Inbound(sender, null, CHANNEL, null, null, input));
		printer.reply(number, reply);
	}

}
