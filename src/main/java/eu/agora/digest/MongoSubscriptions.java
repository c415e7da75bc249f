package eu.agora.digest;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Subscriptions} in {@code digest_settings}, one document per coordinator,
 * replaced under its version.
 */
@Component
class MongoSubscriptions implements Subscriptions {

	static final String COLLECTION = "digest_settings";

	private final MongoTemplate mongo;

	MongoSubscriptions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<DigestSettings> of(String personId) {
		return Optional.ofNullable(mongo.findById(personId, DigestSettings.class, COLLECTION));
	}

	@Override
	public List<DigestSettings> all() {
		return mongo.findAll(DigestSettings.class, COLLECTION);
	}

	@Override
	public boolean save(DigestSettings changed) {
		DigestSettings next = new DigestSettings(changed.personId(), changed.day(), changed.time(), changed.zone(),
				changed.sendEmpty(), changed.paused(), changed.follows(), changed.version() + 1);
		if (changed.version() == 0 && of(changed.personId()).isEmpty()) {
			return UniqueInserts.insertIfNew(mongo, next, COLLECTION);
		}
		Query current = Query.query(Criteria.where("_id").is(changed.personId()).and("version").is(changed.version()));
		return mongo.findAndReplace(current, next, COLLECTION) != null;
	}

	@Override
	public void remove(String personId) {
		mongo.remove(Query.query(Criteria.where("_id").is(personId)), DigestSettings.class, COLLECTION);
	}

}
