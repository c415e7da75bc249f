package eu.agora.directory;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;

/**
 * {@link PendingGrants} and {@link PendingGrantsOfPeople} in the {@code pending_grants}
 * collection. Taking a grant removes it document by document, so a grant is applied to
 * one person at most once.
 */
@Component
class MongoPendingGrants implements PendingGrants, PendingGrantsOfPeople {

	static final String COLLECTION = "pending_grants";

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoPendingGrants(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION).createIndex(new Index("identity", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index("grantedBy", Sort.Direction.ASC));
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

	@Override
	public Optional<PendingGrant> cancel(String identity, Role role) {
		Query grant = Query.query(Criteria.where("_id").is(PendingGrantDocument.idOf(identity, role.name())));
		return Optional.ofNullable(mongo.findAndRemove(grant, PendingGrantDocument.class, COLLECTION))
			.map(MongoPendingGrants::grant);
	}

	@Override
	public List<PendingGrant> waitingFor(Collection<String> identities) {
		return find(Criteria.where("identity").in(identities));
	}

	@Override
	public List<PendingGrant> grantedBy(String personId) {
		return find(Criteria.where("grantedBy").is(personId));
	}

	@Override
	public void erase(Collection<String> identities, String personId, String anonymousSubject) {
		mongo.remove(Query.query(Criteria.where("identity").in(identities)), COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("grantedBy").is(personId)),
				Update.update("grantedBy", anonymousSubject), COLLECTION);
	}

	private List<PendingGrant> find(Criteria criteria) {
		return mongo.find(Query.query(criteria).with(Sort.by("at")), PendingGrantDocument.class, COLLECTION)
			.stream()
			.map(MongoPendingGrants::grant)
			.toList();
	}

	private static PendingGrant grant(PendingGrantDocument document) {
		return new PendingGrant(document.identity(), new RoleGrant(Role.valueOf(document.role()), document.scope()),
				document.grantedBy(), document.at());
	}

}
