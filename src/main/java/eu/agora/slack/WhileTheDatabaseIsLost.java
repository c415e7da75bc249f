package eu.agora.slack;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessResourceFailureException;

import eu.agora.storage.DatabaseReachability;

/**
 * Slack's acknowledgement must not wait for a lost database: while it is lost, the replay
 * check of request signatures and the de-duplication of event retries fall back to this
 * instance's memory (the last 10,000 of each), so requests are still acknowledged at once
 * and answered (a command that needs the database says "try again shortly"). Across
 * instances a replay or retry during the outage may then be seen twice; the signature and
 * its five-minute window are still checked.
 */
final class WhileTheDatabaseIsLost implements SeenSignatures, ProcessedEvents {

	private static final Logger log = LoggerFactory.getLogger(WhileTheDatabaseIsLost.class);

	private static final int REMEMBERED = 10_000;

	private final DatabaseReachability database;

	private final SeenSignatures signatures;

	private final ProcessedEvents events;

	private final Map<String, Instant> localSignatures = bounded();

	private final Map<String, Instant> localEvents = bounded();

	WhileTheDatabaseIsLost(DatabaseReachability database, SeenSignatures signatures, ProcessedEvents events) {
		this.database = database;
		this.signatures = signatures;
		this.events = events;
	}

	@Override
	public boolean claim(String signature, Instant now, Instant expiresAt) {
		if (database.reachable()) {
			try {
				return signatures.claim(signature, now, expiresAt);
			}
			catch (DataAccessResourceFailureException lost) {
				log.warn("Slack signature checked in memory: {}", lost.getMessage());
			}
		}
		return locally(localSignatures, signature, now, expiresAt);
	}

	@Override
	public boolean firstTime(String eventId) {
		if (database.reachable()) {
			try {
				return events.firstTime(eventId);
			}
			catch (DataAccessResourceFailureException lost) {
				log.warn("Slack event de-duplicated in memory: {}", lost.getMessage());
			}
		}
		Instant now = Instant.now();
		return locally(localEvents, eventId, now, now.plusSeconds(3600));
	}

	private static boolean locally(Map<String, Instant> seen, String key, Instant now, Instant expiresAt) {
		synchronized (seen) {
			Instant until = seen.get(key);
			if (until != null && until.isAfter(now)) {
				return false;
			}
			seen.put(key, expiresAt);
			return true;
		}
	}

	private static Map<String, Instant> bounded() {
		return new LinkedHashMap<>(16, 0.75f, false) {

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
				return size() > REMEMBERED;
			}

		};
	}

}
