package eu.agora.twinning;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/** {@link Cohorts} in {@code twinning_cohorts}, keyed by the slug of the name. */
@Component
class MongoCohorts implements Cohorts {

	static final String COLLECTION = "twinning_cohorts";

	private final MongoTemplate mongo;

	MongoCohorts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(Cohort cohort) {
		return UniqueInserts.insertIfNew(mongo, cohort, COLLECTION);
	}

	@Override
	public Optional<Cohort> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Cohort.class, COLLECTION));
	}

	@Override
	public List<Cohort> all() {
		return mongo.findAll(Cohort.class, COLLECTION).stream().sorted(Comparator.comparing(Cohort::name)).toList();
	}

	@Override
	public boolean replace(Cohort changed, long expectedVersion) {
		Query same = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(same, changed, COLLECTION) != null;
	}

}
