package eu.agora.commitments;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link CommitmentEvents} in the append-only {@code commitment_events} collection,
 * indexed by commitment and sequence.
 */
@Component
class MongoCommitmentEvents implements CommitmentEvents {

	static final String COLLECTION = "commitment_events";

	/** What {@link #between} reads of each event: the fields reports use. */
	private static final String[] REPORTED = { "commitmentId", "sequence", "at", "type", "changes", "after.cityKey",
			"after.title", "after.status", "after.progress", "after.awaitingReaffirmation", "after.version" };

	private final MongoTemplate mongo;

	MongoCommitmentEvents(MongoTemplate mongo) {
		this.mongo = mongo;
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("commitmentId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC));
		mongo.indexOps(COLLECTION).createIndex(new Index().on("at", Sort.Direction.ASC));
	}

	@Override
	public boolean append(CommitmentEvent event) {
		return UniqueInserts.insertIfNew(mongo, event, COLLECTION);
	}

	@Override
	public void withdraw(String eventId) {
		mongo.remove(Query.query(Criteria.where("_id").is(eventId)), CommitmentEvent.class, COLLECTION);
	}

	@Override
	public List<CommitmentEvent> of(String commitmentId) {
		return mongo.find(Query.query(Criteria.where("commitmentId").is(commitmentId)).with(Sort.by("sequence")),
				CommitmentEvent.class, COLLECTION);
	}

	@Override
	public Optional<CommitmentEvent> latestAfter(String commitmentId, long version) {
		Query newer = Query.query(Criteria.where("commitmentId").is(commitmentId).and("sequence").gt(version))
			.with(Sort.by(Sort.Direction.DESC, "sequence"))
			.limit(1);
		return Optional.ofNullable(mongo.findOne(newer, CommitmentEvent.class, COLLECTION));
	}

	/** In one aggregation. */
	@Override
	public Map<String, Long> lastSequences(Collection<String> commitmentIds) {
		if (commitmentIds.isEmpty()) {
			return Map.of();
		}
		Aggregation lastEvent = Aggregation.newAggregation(
				Aggregation.match(Criteria.where("commitmentId").in(commitmentIds)),
				Aggregation.group("commitmentId").max("sequence").as("last"));
		Map<String, Long> last = new HashMap<>();
		mongo.aggregate(lastEvent, COLLECTION, Document.class)
			.forEach((row) -> last.put(row.getString("_id"), // every event has a
																// sequence, so each group
																// has a max
					((Number) Objects.requireNonNull(row.get("last"))).longValue()));
		return last;
	}

	@Override
	public List<CommitmentEvent> between(Collection<String> cityKeys, Instant from, Instant to) {
		if (cityKeys.isEmpty()) {
			return List.of();
		}
		Query window = Query.query(Criteria.where("at").gte(from).lt(to).and("after.cityKey").in(cityKeys))
			.with(Sort.by("at", "sequence"));
		window.fields().include(REPORTED);
		return mongo.find(window, CommitmentEvent.class, COLLECTION);
	}

}
