package eu.agora.shell;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

/**
 * Proactive messages in a shell session are printed where the replies go, saying to whom
 * they were sent.
 */
class ShellMessenger implements PlatformMessenger {

	/** How a shell user's account is written in an address: {@code shell:ola}. */
	static final String ACCOUNT = Platform.SHELL.id() + ":";

	private final AtomicReference<ReplyPrinter> printer;

	ShellMessenger(AtomicReference<ReplyPrinter> printer) {
		this.printer = printer;
	}

	@Override
	public Platform platform() {
		return Platform.SHELL;
	}

	@Override
	public void toChannel(String channelId, Reply message) {
		print(new Address.Channel(Platform.SHELL, channelId), message);
	}

	@Override
	public void toUser(String userId, Reply message) {
		print(new Address.Person(ACCOUNT + userId), message);
	}

	@Override
	public void toGroup(List<String> userIds, Reply message) {
		print(new Address.Group(userIds.stream().map((id) -> ACCOUNT + id).toList()), message);
	}

	private void print(Address to, Reply message) {
		ReplyPrinter current = printer.get();
		if (current == null) {
			throw new Messenger.UndeliverableException("The shell is not running");
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
