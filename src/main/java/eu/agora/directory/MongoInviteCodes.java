package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link InviteCodes} in the {@code invite_codes} collection; the code is the
 * {@code _id}, and redeeming removes it in the same single-document operation, so a code
 * works once even when two people use it at the same moment.
 */
@Component
class MongoInviteCodes implements InviteCodes {

	static final String COLLECTION = "invite_codes";

	private final MongoTemplate mongo;

	MongoInviteCodes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(String code, String cityKey, String issuedBy, Instant expiresAt) {
		return UniqueInserts.insertIfNew(mongo, new InviteDocument(code, cityKey, issuedBy, expiresAt), COLLECTION);
	}

	@Override
	public Optional<String> redeem(String code, String cityKey, Instant now) {
		Query valid = Query.query(Criteria.where("_id").is(code).and("cityKey").is(cityKey).and("expiresAt").gt(now));
		return Optional.ofNullable(mongo.findAndRemove(valid, InviteDocument.class, COLLECTION))
			.map(InviteDocument::issuedBy);
	}

	@Override
	public void sweepExpired(Instant now) {
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), COLLECTION);
	}

	@Override
	public List<String> issuedBy(String personId) {
		return mongo.find(Query.query(Criteria.where("issuedBy").is(personId)), InviteDocument.class, COLLECTION)
			.stream()
			.map((invite) -> invite.id() + " → " + invite.cityKey() + " until " + invite.expiresAt())
			.toList();
	}

	@Override
	public void anonymise(String personId, String anonymousSubject) {
		mongo.updateMulti(Query.query(Criteria.where("issuedBy").is(personId)),
				new Update().set("issuedBy", anonymousSubject), COLLECTION);
	}

	record InviteDocument(@Id String id, String cityKey, String issuedBy, Instant expiresAt) {
	}

}
