package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.Sequences;

/**
 * {@link MembershipRequests} in the {@code membership_requests} collection. While a
 * request is pending its {@code openKey} is {@code <person>#<kind>}, unique, so a person
 * never has two pending requests of a kind; a decided request's key is its own id.
 */
@Component
class MongoMembershipRequests implements MembershipRequests {

	static final String COLLECTION = "membership_requests";

	private final MongoTemplate mongo;

	private final Sequences sequences;

	MongoMembershipRequests(MongoTemplate mongo, Sequences sequences) {
		this.mongo = mongo;
		this.sequences = sequences;
		mongo.indexOps(COLLECTION).createIndex(new Index("openKey", Sort.Direction.ASC).unique());
		mongo.indexOps(COLLECTION).createIndex(new Index("personId", Sort.Direction.ASC));
	}

	@Override
	public MembershipRequest open(String personId, String scope, Instant now) {
		String openKey = openKey(personId, scope);
		Update update = new Update().set("scope", scope)
			.set("requestedAt", now)
			.setOnInsert("_id", "M-" + sequences.next("membership"))
			.setOnInsert("personId", personId)
			.setOnInsert("status", MembershipRequest.Status.PENDING.name());
		RequestDocument saved = mongo.findAndModify(Query.query(Criteria.where("openKey").is(openKey)), update,
				FindAndModifyOptions.options().upsert(true).returnNew(true), RequestDocument.class, COLLECTION);
		return Objects.requireNonNull(saved, "an upsert returns the document").toRequest();
	}

	@Override
	public Optional<MembershipRequest> pending(String personId, String prefix) {
		return Optional
			.ofNullable(mongo.findOne(Query.query(Criteria.where("openKey").is(personId + "#" + prefix)),
					RequestDocument.class, COLLECTION))
			.map(RequestDocument::toRequest);
	}

	@Override
	public Optional<MembershipRequest> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, RequestDocument.class, COLLECTION))
			.map(RequestDocument::toRequest);
	}

	@Override
	public boolean decide(String id, MembershipRequest.Status status, String decidedBy, Instant now) {
		Query pending = Query
			.query(Criteria.where("_id").is(id).and("status").is(MembershipRequest.Status.PENDING.name()));
		Update decision = new Update().set("status", status.name())
			.set("openKey", id)
			.set("decidedBy", decidedBy)
			.set("decidedAt", now);
		return mongo.updateFirst(pending, decision, COLLECTION).getModifiedCount() == 1;
	}

	@Override
	public List<MembershipRequest> of(String personId) {
		return mongo
			.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by("requestedAt")),
					RequestDocument.class, COLLECTION)
			.stream()
			.map(RequestDocument::toRequest)
			.toList();
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		mongo.remove(Query.query(Criteria.where("personId").is(personId)), COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("decidedBy").is(personId)),
				new Update().set("decidedBy", anonymousSubject), COLLECTION);
	}

	private static String openKey(String personId, String scope) {
		return personId + "#" + scope.substring(0, scope.indexOf(':') + 1);
	}

	record RequestDocument(@Id String id, String openKey, String personId, String scope, String status,
			Instant requestedAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {

		MembershipRequest toRequest() {
			return new MembershipRequest(id, personId, scope, MembershipRequest.Status.valueOf(status), requestedAt,
					decidedBy, decidedAt);
		}

	}

}
