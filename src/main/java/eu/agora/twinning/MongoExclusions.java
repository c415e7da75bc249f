package eu.agora.twinning;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/** {@link Exclusions} in {@code twinning_exclusions}, keyed by the pair of cities. */
@Component
class MongoExclusions implements Exclusions {

	static final String COLLECTION = "twinning_exclusions";

	private final MongoTemplate mongo;

	MongoExclusions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(Exclusion exclusion) {
		return UniqueInserts.insertIfNew(mongo, exclusion, COLLECTION);
	}

	@Override
	public List<Exclusion> all() {
		return mongo.findAll(Exclusion.class, COLLECTION);
	}

	@Override
	public List<Exclusion> byPerson(String personId) {
		return mongo.find(Query.query(Criteria.where("by").is(personId)), Exclusion.class, COLLECTION);
	}

	@Override
	public void anonymise(String personId, String label) {
		mongo.updateMulti(Query.query(Criteria.where("by").is(personId)), Update.update("by", label), COLLECTION);
	}

}
