package eu.agora.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers the Slack event ids already handled, so that Slack's retries of an event
 * (same {@code event_id}, {@code X-Slack-Retry-Num}) are handled once — across instances
 * and restarts, because the id is the document's {@code _id} in MongoDB. Entries carry an
 * {@code expiresAt}; expired ones are swept at most once per {@link #SWEEP_EVERY} (no
 * reliance on TTL indexes).
 */
class ProcessedEvents {

	static final String COLLECTION = "slackEvents";

	static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

	private final MongoTemplate mongo;

	private final Duration memory;

	private final Clock clock;

	private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

	ProcessedEvents(MongoTemplate mongo, Duration memory, Clock clock) {
		this.mongo = mongo;
		this.memory = memory;
		this.clock = clock;
	}

	/** Records the event; {@code true} the first time an id is seen. */
	boolean firstTime(String eventId) {
		Instant now = clock.instant();
		sweepIfDue(now);
		Query same = Query.query(Criteria.where("_id").is(eventId));
		ProcessedEvent existing = mongo.findOne(same, ProcessedEvent.class, COLLECTION);
		if (existing != null && existing.expiresAt().isAfter(now)) {
			return false;
		}
		if (existing != null) {
			mongo.remove(same, COLLECTION);
		}
		try {
			mongo.insert(new ProcessedEvent(eventId, now, now.plus(memory)), COLLECTION);
			return true;
		}
		catch (DuplicateKeyException concurrent) {
			return false;
		}
	}

	private void sweepIfDue(Instant now) {
		// starts at EPOCH and is only ever set to a time
		Instant last = Objects.requireNonNull(lastSweep.get());
		if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
			mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), COLLECTION);
		}
	}

	/** One remembered event. */
	record ProcessedEvent(String id, Instant receivedAt, Instant expiresAt) {
	}

}
