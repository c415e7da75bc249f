package eu.agora.twinning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link FollowUps} in {@code twinning_follow_ups}: the follow-up's id is {@code _id},
 * which makes a claim unique.
 */
@Component
class MongoFollowUps implements FollowUps {

	static final String COLLECTION = "twinning_follow_ups";

	private final MongoTemplate mongo;

	MongoFollowUps(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("pairId", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index().on("answeredBy", Sort.Direction.ASC));
	}

	@Override
	public boolean claim(FollowUp followUp) {
		return UniqueInserts.insertIfNew(mongo, followUp, COLLECTION);
	}

	@Override
	public void release(String id) {
		mongo.remove(Query.query(Criteria.where("_id").is(id)), FollowUp.class, COLLECTION);
	}

	@Override
	public Optional<FollowUp> latestOf(String pairId) {
		Query latest = Query.query(Criteria.where("pairId").is(pairId).and("number").gt(0))
			.with(Sort.by(Sort.Direction.DESC, "number"))
			.limit(1);
		return Optional.ofNullable(mongo.findOne(latest, FollowUp.class, COLLECTION));
	}

	@Override
	public void answer(String id, String answer, String personId, Instant at) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("answer", answer).set("answeredBy", personId).set("answeredAt", at), COLLECTION);
	}

	@Override
	public List<FollowUp> answeredBy(String personId) {
		return mongo.find(Query.query(Criteria.where("answeredBy").is(personId)), FollowUp.class, COLLECTION);
	}

	@Override
	public void anonymise(String personId, String label) {
		mongo.updateMulti(Query.query(Criteria.where("answeredBy").is(personId)), Update.update("answeredBy", label),
				COLLECTION);
	}

}
