package eu.agora.shell;

import java.io.PrintWriter;

import eu.agora.conversation.Address;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Reply;

/**
 * Replies as readable text, one blank line between them.
 */
class TextReplyPrinter implements ReplyPrinter {

	private final PrintWriter out;

	TextReplyPrinter(PrintWriter out) {
		this.out = out;
	}

	@Override
	public synchronized void reply(int line, Reply reply) {
		out.println(PlainText.render(reply));
		out.println();
		out.flush();
	}

	@Override
	public synchronized void message(Address to, Reply message) {
		out.println("→ " + ShellMessenger.describe(to) + ":");
		out.println(PlainText.render(message));
		out.println();
		out.flush();
	}

}
