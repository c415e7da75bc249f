package eu.agora.digest;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link DeliveryClaims} in {@code digest_claims}: the key is the document's {@code _id},
 * which makes a claim unique across instances.
 */
@Component
class MongoDeliveryClaims implements DeliveryClaims {

	static final String COLLECTION = "digest_claims";

	private final MongoTemplate mongo;

	MongoDeliveryClaims(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean claimed(String key) {
		return mongo.exists(byKey(key), COLLECTION);
	}

	@Override
	public boolean claim(Claim claim) {
		return UniqueInserts.insertIfNew(mongo,
				new Stored(claim.key(), claim.personId(), claim.scopeKey(), claim.week(), claim.at(), claim.outcome()),
				COLLECTION);
	}

	@Override
	public void settle(String key, String outcome) {
		mongo.updateFirst(byKey(key), new Update().set("outcome", outcome), COLLECTION);
	}

	@Override
	public void release(String key) {
		mongo.remove(byKey(key), COLLECTION);
	}

	@Override
	public List<Claim> of(String personId) {
		return mongo.find(Query.query(Criteria.where("personId").is(personId)), Stored.class, COLLECTION)
			.stream()
			.map((s) -> new Claim(s.id(), s.personId(), s.scopeKey(), s.week(), s.at(), s.outcome()))
			.toList();
	}

	@Override
	public void removeAllOf(String personId) {
		mongo.remove(Query.query(Criteria.where("personId").is(personId)), COLLECTION);
	}

	private static Query byKey(String key) {
		return Query.query(Criteria.where("_id").is(key));
	}

	/** A claim as stored. */
	record Stored(@Id String id, String personId, String scopeKey, String week, Instant at, String outcome) {
	}

}
