package eu.agora.twinning;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/** {@link Profiles} in {@code twinning_profiles}, keyed by the city's key. */
@Component
class MongoProfiles implements Profiles {

	static final String COLLECTION = "twinning_profiles";

	private final MongoTemplate mongo;

	MongoProfiles(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public Optional<Profile> of(String cityKey) {
		return Optional.ofNullable(mongo.findById(cityKey, Profile.class, COLLECTION));
	}

	@Override
	public List<Profile> all() {
		return mongo.findAll(Profile.class, COLLECTION);
	}

	@Override
	public boolean save(Profile changed, long expectedVersion) {
		if (expectedVersion == 0) {
			return UniqueInserts.insertIfNew(mongo, changed, COLLECTION);
		}
		Query same = Query.query(Criteria.where("_id").is(changed.cityKey()).and("version").is(expectedVersion));
		return mongo.findAndReplace(same, changed, COLLECTION) != null;
	}

}
