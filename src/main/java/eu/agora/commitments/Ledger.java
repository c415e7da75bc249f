package eu.agora.commitments;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.DependsOn;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;
import eu.agora.storage.Sequences;

/**
 * The ledger's storage. Every change is first appended to {@code commitment_events} (its
 * id {@code C-17#n} is unique, which serialises concurrent changes), then the current
 * state in {@code commitments} is replaced, guarded by its version. Reading a commitment
 * repairs its state from the last event if a crash came between the two writes.
 */
@Component
@DependsOn("commitmentIndexes")
class Ledger {

	static final Duration STALE_AFTER = Duration.ofDays(90);

	private final MongoTemplate mongo;

	private final Sequences sequences;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Ledger(MongoTemplate mongo, Sequences sequences, Clock clock, ApplicationEventPublisher events) {
		this.mongo = mongo;
		this.sequences = sequences;
		this.clock = clock;
		this.events = events;
	}

	/**
	 * Records a new commitment; {@code draft}'s id, timestamps and version are set here.
	 */
	Commitment create(Commitment draft, Caller actor, String note) {
		if (mongo.exists(sameTitle(draft.cityKey(), draft.titleKey()), Commitment.class)) {
			throw duplicate(draft);
		}
		String id = "C-" + sequences.next("commitment");
		var now = clock.instant();
		Commitment fresh = CommitmentCopies.identified(draft, id, now);
		CommitmentEvent created = event(null, fresh, "created", actor, note);
		mongo.insert(created);
		try {
			mongo.insert(fresh);
		}
		catch (DuplicateKeyException raced) {
			mongo.remove(Query.query(Criteria.where("_id").is(created.id())), CommitmentEvent.class);
			throw duplicate(draft);
		}
		published(fresh, "created");
		return fresh;
	}

	/**
	 * Applies {@code change} to the commitment as it was when the caller saw it.
	 * @throws UserError when nothing would change, or when someone else changed it
	 * meanwhile
	 */
	Commitment change(Commitment before, UnaryOperator<Commitment> change, String type, Caller actor, String note) {
		Commitment changed = change.apply(before);
		Commitment after = CommitmentCopies.versioned(changed, before.version() + 1, clock.instant());
		CommitmentEvent event = event(before, after, type, actor, note);
		if (event.changes().isEmpty() && note == null && "updated".equals(type)) {
			throw new UserError("Nothing to change in " + before.id() + ".",
					"Give at least one of progress:, status:, note: or evidence:.");
		}
		try {
			mongo.insert(event);
		}
		catch (DuplicateKeyException concurrent) {
			throw new UserError(before.id() + " was changed by someone else just now; nothing of yours was saved.",
					"Look at it again with `/commit show " + before.id() + "` and retry.");
		}
		mongo.findAndReplace(Query.query(Criteria.where("_id").is(after.id()).and("version").is(before.version())),
				after);
		published(after, type);
		return after;
	}

	Optional<Commitment> find(String id) {
		Optional<Commitment> state = Optional.ofNullable(mongo.findById(id, Commitment.class));
		return state.map(this::repaired);
	}

	List<Commitment> find(Query query) {
		List<Commitment> found = mongo.find(query.with(Sort.by("_id")), Commitment.class);
		Map<String, Long> lastEvents = lastSequences(found.stream().map(Commitment::id).toList());
		return found.stream()
			.map((state) -> (lastEvents.getOrDefault(state.id(), 0L) > state.version()) ? repaired(state) : state)
			.toList();
	}

	/** The last event's sequence number of each commitment, in one query. */
	private Map<String, Long> lastSequences(List<String> ids) {
		if (ids.isEmpty()) {
			return Map.of();
		}
		Aggregation lastEvent = Aggregation.newAggregation(Aggregation.match(Criteria.where("commitmentId").in(ids)),
				Aggregation.group("commitmentId").max("sequence").as("last"));
		Map<String, Long> last = new HashMap<>();
		mongo.aggregate(lastEvent, CommitmentEvent.class, Document.class)
			.forEach((row) -> last.put(row.getString("_id"), ((Number) row.get("last")).longValue()));
		return last;
	}

	List<CommitmentEvent> history(String id) {
		return mongo.find(Query.query(Criteria.where("commitmentId").is(id)).with(Sort.by("sequence")),
				CommitmentEvent.class);
	}

	private Commitment repaired(Commitment state) {
		Query newer = Query.query(Criteria.where("commitmentId").is(state.id()).and("sequence").gt(state.version()))
			.with(Sort.by(Sort.Direction.DESC, "sequence"))
			.limit(1);
		CommitmentEvent last = mongo.findOne(newer, CommitmentEvent.class);
		if (last == null) {
			return state;
		}
		mongo.findAndReplace(Query.query(Criteria.where("_id").is(state.id()).and("version").lt(last.sequence())),
				last.after());
		return last.after();
	}

	private CommitmentEvent event(Commitment before, Commitment after, String type, Caller actor, String note) {
		return new CommitmentEvent(CommitmentEvent.idFor(after.id(), after.version()), after.id(), after.version(),
				after.updatedAt(), type, actor.personId(), actor.displayName(), Changes.between(before, after), note,
				after);
	}

	private void published(Commitment commitment, String change) {
		events
			.publishEvent(new CommitmentChanged(commitment.id(), commitment.cityKey(), change, commitment.updatedAt()));
	}

	private static Query sameTitle(String cityKey, String titleKey) {
		return Query.query(Criteria.where("cityKey").is(cityKey).and("titleKey").is(titleKey));
	}

	private static UserError duplicate(Commitment draft) {
		return new UserError("This city already has a commitment titled \"" + draft.title() + "\".",
				"Update that one with `/commit update <id>`, or choose another title.");
	}

}
