package eu.agora.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Gaps} in the collection {@code knowledge_gaps}, with a unique index on
 * {@code openKey}; an answered gap's {@code openKey} becomes its id.
 */
@Component
class MongoGaps implements Gaps, InitializingBean {

	static final String COLLECTION = "knowledge_gaps";

	private final MongoTemplate mongo;

	MongoGaps(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		mongo.indexOps(COLLECTION).createIndex(new Index().on("openKey", Sort.Direction.ASC).unique());
	}

	@Override
	public Optional<Gap> join(String openKey, String personId) {
		return Optional.ofNullable(mongo.findAndModify(Query.query(Criteria.where("openKey").is(openKey)),
				new Update().addToSet("askers", personId), FindAndModifyOptions.options().returnNew(true), Gap.class,
				COLLECTION));
	}

	@Override
	public boolean open(Gap gap) {
		return UniqueInserts.insertIfNew(mongo, gap, COLLECTION);
	}

	@Override
	public Optional<Gap> gap(String id) {
		return Optional.ofNullable(mongo.findById(id, Gap.class, COLLECTION));
	}

	@Override
	public List<Gap> unanswered() {
		return mongo.find(Query.query(Criteria.where("status").ne(Gap.Status.ANSWERED)).with(Sort.by("createdAt")),
				Gap.class, COLLECTION);
	}

	@Override
	public void routed(String id, String to) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("status", Gap.Status.ROUTED).addToSet("routedTo", to), COLLECTION);
	}

	@Override
	public void answered(String id, String answer, String answeredBy, Instant answeredAt) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)),
				new Update().set("status", Gap.Status.ANSWERED)
					.set("openKey", id)
					.set("answer", answer)
					.set("answeredBy", answeredBy)
					.set("answeredAt", answeredAt),
				COLLECTION);
	}

}
