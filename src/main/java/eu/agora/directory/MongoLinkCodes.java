package eu.agora.directory;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link LinkCodes} in the {@code link_codes} collection; the code is the {@code _id}.
 */
@Component
class MongoLinkCodes implements LinkCodes {

	static final String COLLECTION = "link_codes";

	private final MongoTemplate mongo;

	MongoLinkCodes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(String code, String personId, Instant expiresAt) {
		return UniqueInserts.insertIfNew(mongo, new LinkCodeDocument(code, personId, expiresAt), COLLECTION);
	}

	@Override
	public void sweepExpired(Instant now) {
		mongo.remove(Query.query(Criteria.where("expiresAt").lt(now)), LinkCodeDocument.class, COLLECTION);
	}

	@Override
	public Optional<String> redeem(String code, Instant now) {
		Query valid = Query.query(Criteria.where("_id").is(code).and("expiresAt").gt(now));
		return Optional.ofNullable(mongo.findAndRemove(valid, LinkCodeDocument.class, COLLECTION))
			.map(LinkCodeDocument::personId);
	}

}
