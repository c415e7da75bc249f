package eu.agora.panels;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** {@link PostedReminders} as a set of claimed ids, for fast tests without MongoDB. */
class InMemoryPostedReminders implements PostedReminders {

	private final Set<String> claimed = new LinkedHashSet<>();

	@Override
	public boolean claim(String id, String sessionId, Instant at) {
		return claimed.add(id);
	}

	@Override
	public void release(String id) {
		claimed.remove(id);
	}

	Set<String> claimed() {
		return Set.copyOf(claimed);
	}

}
