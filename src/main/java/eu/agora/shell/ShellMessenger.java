package eu.agora.shell;

import java.util.concurrent.atomic.AtomicReference;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;

/**
 * Proactive messages in a shell session are printed where the replies go.
 */
class ShellMessenger implements Messenger {

	private final AtomicReference<ReplyPrinter> printer;

	ShellMessenger(AtomicReference<ReplyPrinter> printer) {
		this.printer = printer;
	}

	@Override
	public void send(Address to, Reply message) {
		ReplyPrinter current = printer.get();
		if (current == null) {
			throw new UndeliverableException("The shell is not running");
		}
		current.message(to, message);
	}

	static String describe(Address to) {
		return switch (to) {
			case Address.Person person -> "person:" + person.personId();
			case Address.Channel channel -> channel.platform().id() + "-channel:" + channel.channelId();
			case Address.Group group -> "group:" + String.join(",", group.personIds());
		};
	}

}
