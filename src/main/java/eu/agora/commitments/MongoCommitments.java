package eu.agora.commitments;

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
 * {@link Commitments} in the {@code commitments} collection. Creates its unique index —
 * one title per city — before it is used.
 */
@Component
class MongoCommitments implements Commitments {

	static final String COLLECTION = "commitments";

	private final MongoTemplate mongo;

	MongoCommitments(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("cityKey", Sort.Direction.ASC).on("titleKey", Sort.Direction.ASC).unique());
	}

	@Override
	public Optional<Commitment> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Commitment.class, COLLECTION));
	}

	@Override
	public List<Commitment> matching(CommitmentFilter filter) {
		return mongo.find(Query.query(criteria(filter)).with(Sort.by("_id")), Commitment.class, COLLECTION);
	}

	@Override
	public boolean add(Commitment fresh) {
		return UniqueInserts.insertIfNew(mongo, fresh, COLLECTION);
	}

	@Override
	public boolean replace(Commitment after, long expectedVersion) {
		Query sameVersion = Query.query(Criteria.where("_id").is(after.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(sameVersion, after, COLLECTION) != null;
	}

	@Override
	public void repair(Commitment fromEvent) {
		mongo.findAndReplace(
				Query.query(Criteria.where("_id").is(fromEvent.id()).and("version").lt(fromEvent.version())), fromEvent,
				COLLECTION);
	}

	private static Criteria criteria(CommitmentFilter filter) {
		Criteria criteria = new Criteria();
		if (filter.cityKey() != null) {
			criteria.and("cityKey").is(filter.cityKey());
		}
		if (filter.status() != null) {
			criteria.and("status").is(filter.status().name());
		}
		if (filter.domain() != null) {
			criteria.and("domain").is(filter.domain());
		}
		if (filter.awaitingReaffirmation()) {
			criteria.and("awaitingReaffirmation").is(true);
		}
		if (filter.contactPersonId() != null) {
			criteria.and("contactPersonId").is(filter.contactPersonId());
		}
		if (filter.titleKey() != null) {
			criteria.and("titleKey").is(filter.titleKey());
		}
		return criteria;
	}

}
