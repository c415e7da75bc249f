package eu.agora.commitments;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@link ActorHistory} over the {@code commitment_events} collection that
 * {@link MongoCommitmentEvents} owns.
 */
@Component
class MongoActorHistory implements ActorHistory {

	private final MongoTemplate mongo;

	MongoActorHistory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<CommitmentEvent> byActor(String personId) {
		return mongo.find(Query.query(Criteria.where("actorPersonId").is(personId)).with(Sort.by("at")),
				CommitmentEvent.class, MongoCommitmentEvents.COLLECTION);
	}

}
