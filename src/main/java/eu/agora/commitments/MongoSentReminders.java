package eu.agora.commitments;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link SentReminders} in {@code commitment_reminders}: the reminder's id is the
 * document's {@code _id}, which makes a claim unique.
 */
@Component
class MongoSentReminders implements SentReminders {

	static final String COLLECTION = "commitment_reminders";

	private final MongoTemplate mongo;

	MongoSentReminders(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean claim(String id, String commitmentId, String kind, Instant at) {
		return UniqueInserts.insertIfNew(mongo, new Sent(id, commitmentId, kind, at), COLLECTION);
	}

	@Override
	public void release(String id) {
		mongo.remove(Query.query(Criteria.where("_id").is(id)), Sent.class, COLLECTION);
	}

	@Override
	public long sentAfter(String commitmentId, Instant since) {
		return mongo.count(Query.query(
				Criteria.where("commitmentId").is(commitmentId).and("kind").ne("escalation").and("sentAt").gt(since)),
				Sent.class, COLLECTION);
	}

	/** A reminder as stored. */
	record Sent(@Id String id, String commitmentId, String kind, Instant sentAt) {
	}

}
