package eu.agora.slack;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link SeenSignatures} in the {@code slack_signatures} collection: the signature is the
 * {@code _id}, so two instances receiving the same request cannot both accept it. Each
 * entry carries an {@code expiresAt} that claims are filtered on; expired entries are
 * swept at most once per {@link #SWEEP_EVERY} (no reliance on TTL indexes).
 */
@Component
@Conditional(OnSlackBotToken.class)
class MongoSeenSignatures implements SeenSignatures {

	static final String COLLECTION = "slack_signatures";

	static final Duration SWEEP_EVERY = Duration.ofMinutes(5);

	private final MongoTemplate mongo;

	private final AtomicReference<Instant> lastSweep = new AtomicReference<>(Instant.EPOCH);

	MongoSeenSignatures(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean claim(String signature, Instant now, Instant expiresAt) {
		sweepIfDue(now);
		Query same = Query.query(Criteria.where("_id").is(signature));
		Seen existing = mongo.findOne(same, Seen.class, COLLECTION);
		if (existing != null && existing.expiresAt().isAfter(now)) {
			return false;
		}
		if (existing != null) {
			mongo.remove(Query.query(Criteria.where("_id").is(signature).and("expiresAt").lte(now)), COLLECTION);
		}
		return UniqueInserts.insertIfNew(mongo, new Seen(signature, now, expiresAt), COLLECTION);
	}

	private void sweepIfDue(Instant now) {
		// starts at the epoch and is only ever set to an instant
		Instant last = Objects.requireNonNull(lastSweep.get());
		if (now.isAfter(last.plus(SWEEP_EVERY)) && lastSweep.compareAndSet(last, now)) {
			mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), COLLECTION);
		}
	}

	/** One accepted signature. */
	record Seen(String id, Instant acceptedAt, Instant expiresAt) {
	}

}
