package eu.agora.shell;

import eu.agora.conversation.Address;
import eu.agora.conversation.Reply;

/**
 * Writes replies to the shell's output, as text or as JSON lines.
 */
interface ReplyPrinter {

	/** A reply to input line {@code line} (1-based). */
	void reply(int line, Reply reply);

	/** A proactive message Agora sent to {@code to}. */
	void message(Address to, Reply message);

}
