package eu.agora.discord;

import java.util.Optional;

import eu.agora.conversation.Inbound;

/**
 * The guild channel (or thread) where each user last used Agora, so that a direct message
 * to someone whose DMs are closed can go there with a mention instead.
 */
interface LastSeenChannels {

	/** Notes where the sender of {@code inbound} used Agora, if in a guild channel. */
	void saw(Inbound inbound);

	/** Where {@code userId} last used Agora in a guild channel. */
	Optional<String> of(String userId);

}
