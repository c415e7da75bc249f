package eu.agora.twinning;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link PairSteps} in the append-only {@code twinning_steps}, which also answers other
 * features' questions about twinning ({@link TwinningActivity}).
 */
@Component
class MongoPairSteps implements PairSteps, TwinningActivity {

	static final String COLLECTION = "twinning_steps";

	private final MongoTemplate mongo;

	MongoPairSteps(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("pairId", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("cities", Sort.Direction.ASC).on("at", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index().on("actorId", Sort.Direction.ASC));
	}

	@Override
	public boolean append(PairStep step) {
		return UniqueInserts.insertIfNew(mongo, step, COLLECTION);
	}

	@Override
	public void withdraw(String stepId) {
		mongo.remove(Query.query(Criteria.where("_id").is(stepId)), PairStep.class, COLLECTION);
	}

	@Override
	public List<PairStep> of(String pairId) {
		return mongo.find(Query.query(Criteria.where("pairId").is(pairId)).with(Sort.by("at", "_id")), PairStep.class,
				COLLECTION);
	}

	@Override
	public List<PairStep> byActor(String personId) {
		return mongo.find(Query.query(Criteria.where("actorId").is(personId)).with(Sort.by("at")), PairStep.class,
				COLLECTION);
	}

	@Override
	public void anonymise(String personId, String label) {
		mongo.updateMulti(Query.query(Criteria.where("actorId").is(personId)), Update.update("actorId", label),
				COLLECTION);
	}

	@Override
	public List<TwinningStep> stepsBetween(Collection<String> cityKeys, Instant from, Instant to) {
		Query between = Query.query(Criteria.where("cities").in(cityKeys).and("at").gte(from).lt(to))
			.with(Sort.by("at", "_id"));
		return mongo.find(between, PairStep.class, COLLECTION)
			.stream()
			.map((step) -> new TwinningStep(step.pairId(), step.cohort(), step.cities(), step.status(), step.at()))
			.toList();
	}

}
