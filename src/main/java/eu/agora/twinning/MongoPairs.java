package eu.agora.twinning;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Pairs} in {@code twinning_pairs}: the id is {@code _id}, the slot is unique.
 */
@Component
class MongoPairs implements Pairs {

	static final String COLLECTION = "twinning_pairs";

	private final MongoTemplate mongo;

	MongoPairs(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("slot", Sort.Direction.ASC).unique());
		mongo.indexOps(COLLECTION).createIndex(new Index().on("cities", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index().on("cohortId", Sort.Direction.ASC));
	}

	@Override
	public boolean add(Pair pair) {
		return UniqueInserts.insertIfNew(mongo, pair, COLLECTION);
	}

	@Override
	public Optional<Pair> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Pair.class, COLLECTION));
	}

	@Override
	public Optional<Pair> bySlot(String slot) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("slot").is(slot)), Pair.class, COLLECTION));
	}

	@Override
	public List<Pair> ofCohort(String cohortId) {
		return sorted(mongo.find(Query.query(Criteria.where("cohortId").is(cohortId)), Pair.class, COLLECTION));
	}

	@Override
	public List<Pair> withAnyOf(Collection<String> cityKeys) {
		return sorted(mongo.find(Query.query(Criteria.where("cities").in(cityKeys)), Pair.class, COLLECTION));
	}

	@Override
	public List<Pair> all() {
		return sorted(mongo.findAll(Pair.class, COLLECTION));
	}

	@Override
	public boolean replace(Pair changed, long expectedVersion) {
		Query same = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(same, changed, COLLECTION) != null;
	}

	/** By number: T-2 before T-10. */
	static List<Pair> sorted(List<Pair> pairs) {
		return pairs.stream().sorted(Comparator.comparingLong((Pair p) -> number(p.id()))).toList();
	}

	private static long number(String id) {
		return Long.parseLong(id.substring(id.indexOf('-') + 1));
	}

}
