package eu.agora.slack;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link ProcessedEvents} in MongoDB: the event id is the document's {@code _id}, so a
 * retry is recognised across instances and restarts. Entries carry an {@code expiresAt};
 * expired ones are swept at most once per {@link #SWEEP_EVERY} (no reliance on TTL
 * indexes). Exists when the Slack adapter does.
 */
@Component
@Conditional(OnSlackBotToken.class)
class MongoProcessedEvents implements ProcessedEvents {

	static final String COLLECTION = "slackEvents";

	static final Duration SWEEP_EVERY = Duration.ofMinutes(10);

	private final MongoTemplate mongo;

	private final Duration memory;

	private final Clock clock;

	private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

	@Autowired
	MongoProcessedEvents(MongoTemplate mongo, SlackProperties properties) {
		this(mongo, properties.eventMemory(), Clock.systemUTC());
	}

	MongoProcessedEvents(MongoTemplate mongo, Duration memory, Clock clock) {
		this.mongo = mongo;
		this.memory = memory;
		this.clock = clock;
	}

	@Override
	public boolean firstTime(String eventId) {
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
		return UniqueInserts.insertIfNew(mongo, new ProcessedEvent(eventId, now, now.plus(memory)), COLLECTION);
	}

	private void sweepIfDue(Instant now) {
		// starts at the epoch and is only ever set to an instant
		Instant last = Objects.requireNonNull(lastSweep.get());
		if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
			mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), COLLECTION);
		}
	}

	/** One remembered event. */
	record ProcessedEvent(String id, Instant receivedAt, Instant expiresAt) {
	}

}
