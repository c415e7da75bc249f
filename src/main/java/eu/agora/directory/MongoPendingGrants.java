package eu.agora.directory;

import java.time.Clock;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;

/**
 * {@link PendingGrants} in the {@code pending_grants} collection. Taking a grant removes
 * it document by document, so a grant is applied to one person at most once.
 */
@Component
class MongoPendingGrants implements PendingGrants {

	static final String COLLECTION = "pending_grants";

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoPendingGrants(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION).createIndex(new Index("identity", Sort.Direction.ASC));
	}

	@Override
	public void hold(String identity, RoleGrant grant, String grantedBy) {
		String id = PendingGrantDocument.idOf(identity, grant.role().name());
		PendingGrantDocument waiting = new PendingGrantDocument(id, identity, grant.role().name(), grant.scope(),
				grantedBy, clock.instant());
		mongo.save(waiting, COLLECTION);
	}

	@Override
	public List<RoleGrant> take(String identity) {
		Query waiting = Query.query(Criteria.where("identity").is(identity)).with(Sort.by("at"));
		return mongo.find(waiting, PendingGrantDocument.class, COLLECTION)
			.stream()
			.filter((grant) -> mongo.remove(Query.query(Criteria.where("_id").is(grant.id())), COLLECTION)
				.getDeletedCount() == 1)
			.map((grant) -> new RoleGrant(Role.valueOf(grant.role()), grant.scope()))
			.toList();
	}

}
