package eu.agora.conversation;

import java.util.List;

/**
 * Port each adapter implements to deliver proactive messages on its platform. Features do
 * not use it: they send through {@link Messenger}, which finds the platform for an
 * address.
 */
public interface PlatformMessenger {

	Platform platform();

	/** Posts to a channel of this platform. */
	void toChannel(String channelId, Reply message);

	/** A direct message to one account (falling back as the platform allows). */
	void toUser(String userId, Reply message);

	/** A private conversation with several accounts of this platform. */
	void toGroup(List<String> userIds, Reply message);

}
