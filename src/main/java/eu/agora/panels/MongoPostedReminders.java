package eu.agora.panels;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link PostedReminders} in {@code panel_reminders}: the reminder's id is the document's
 * {@code _id}, which makes a claim unique.
 */
@Component
class MongoPostedReminders implements PostedReminders {

	static final String COLLECTION = "panel_reminders";

	private final MongoTemplate mongo;

	MongoPostedReminders(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean claim(String id, String sessionId, Instant at) {
		return UniqueInserts.insertIfNew(mongo, new Sent(id, sessionId, at), COLLECTION);
	}

	@Override
	public void release(String id) {
		mongo.remove(Query.query(Criteria.where("_id").is(id)), Sent.class, COLLECTION);
	}

	/** A reminder as stored. */
	record Sent(@Id String id, String sessionId, Instant at) {
	}

}
