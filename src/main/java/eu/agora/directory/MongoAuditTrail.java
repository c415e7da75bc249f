package eu.agora.directory;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@link AuditTrail} in the {@code audit_events} collection, one document per event,
 * inserted and never changed except when erasure replaces a person's id.
 */
@Component
class MongoAuditTrail implements AuditTrail {

	static final String COLLECTION = "audit_events";

	private final MongoTemplate mongo;

	MongoAuditTrail(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index("scope", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index("subject", Sort.Direction.ASC));
	}

	@Override
	public void append(AuditEvent event) {
		mongo.insert(event, COLLECTION);
	}

	@Override
	public List<AuditEvent> involving(String personId) {
		return find(new Criteria().orOperator(Criteria.where("subject").is(personId),
				Criteria.where("actor").is(personId)));
	}

	@Override
	public List<AuditEvent> inScope(String scope) {
		return find(Criteria.where("scope").is(scope));
	}

	@Override
	public List<AuditEvent> latest(int limit) {
		List<AuditEvent> newest = new ArrayList<>(
				mongo.find(new Query().with(Sort.by(Sort.Direction.DESC, "at", "_id")).limit(limit), AuditEvent.class,
						COLLECTION));
		return newest.reversed();
	}

	@Override
	public void anonymise(String personId, String anonymousSubject) {
		mongo.updateMulti(Query.query(Criteria.where("subject").is(personId)),
				new Update().set("subject", anonymousSubject), COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("actor").is(personId)),
				new Update().set("actor", anonymousSubject), COLLECTION);
	}

	private List<AuditEvent> find(Criteria criteria) {
		return mongo.find(Query.query(criteria).with(Sort.by("at", "_id")), AuditEvent.class, COLLECTION);
	}

}
