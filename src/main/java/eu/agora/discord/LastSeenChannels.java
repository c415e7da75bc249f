package eu.agora.discord;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import eu.agora.conversation.Inbound;

/**
 * The guild channel (or thread) where each user last used Agora, so that a direct message
 * to someone whose DMs are closed can go there with a mention instead. Kept in memory,
 * for the most recent 10,000 users: after a restart it fills again as people use Agora.
 */
final class LastSeenChannels {

	private static final int MAX_USERS = 10_000;

	private final Map<String, String> channels = new LinkedHashMap<>(16, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
			return size() > MAX_USERS;
		}

	};

	synchronized void saw(Inbound inbound) {
		if (inbound.workspace() != null && inbound.channel() != null) {
			String where = (inbound.thread() != null) ? inbound.thread() : inbound.channel();
			channels.put(inbound.sender().userId(), where);
		}
	}

	synchronized Optional<String> of(String userId) {
		return Optional.ofNullable(channels.get(userId));
	}

}
