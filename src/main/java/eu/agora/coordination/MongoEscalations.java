package eu.agora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@link Escalations} in {@code escalations}, replaced whole under a version check.
 */
@Component
class MongoEscalations implements Escalations {

	static final String COLLECTION = "escalations";

	private final MongoTemplate mongo;

	MongoEscalations(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("open", Sort.Direction.ASC).on("dueAt", Sort.Direction.ASC));
	}

	@Override
	public void add(Escalation escalation) {
		mongo.insert(escalation, COLLECTION);
	}

	@Override
	public Optional<Escalation> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Escalation.class, COLLECTION));
	}

	@Override
	public List<Escalation> open() {
		return mongo.find(Query.query(Criteria.where("open").is(true)).with(Sort.by("createdAt")), Escalation.class,
				COLLECTION);
	}

	@Override
	public List<Escalation> dueBy(Instant now) {
		Query due = Query.query(Criteria.where("open").is(true).and("tier").ne(Tier.EU.name()).and("dueAt").lte(now))
			.with(Sort.by("dueAt"));
		return mongo.find(due, Escalation.class, COLLECTION);
	}

	@Override
	public boolean replace(Escalation changed, long expectedVersion) {
		Query current = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(current, changed, COLLECTION) != null;
	}

	@Override
	public List<Escalation> involving(String personId) {
		Criteria who = new Criteria().orOperator(Criteria.where("askerPersonId").is(personId),
				Criteria.where("answeredBy").is(personId), Criteria.where("moves.byPersonId").is(personId));
		return mongo.find(Query.query(who).with(Sort.by("createdAt")), Escalation.class, COLLECTION);
	}

}
