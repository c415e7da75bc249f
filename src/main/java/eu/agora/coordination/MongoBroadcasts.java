package eu.agora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@link Broadcasts} in {@code broadcasts}; an acknowledgement is one conditional
 * {@code $push}.
 */
@Component
class MongoBroadcasts implements Broadcasts {

	static final String COLLECTION = "broadcasts";

	private final MongoTemplate mongo;

	MongoBroadcasts(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void add(Broadcast broadcast) {
		mongo.insert(broadcast, COLLECTION);
	}

	@Override
	public Optional<Broadcast> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Broadcast.class, COLLECTION));
	}

	@Override
	public void undelivered(String id, List<String> personIds) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(id)), new Update().set("undelivered", personIds),
				COLLECTION);
	}

	@Override
	public boolean acknowledge(String id, String personId, Instant at) {
		Query pending = Query.query(Criteria.where("_id")
			.is(id)
			.and("recipients")
			.is(personId)
			.and("acknowledgements.personId")
			.ne(personId));
		Update push = new Update().push("acknowledgements", new Broadcast.Acknowledgement(personId, at));
		return mongo.updateFirst(pending, push, COLLECTION).getModifiedCount() == 1;
	}

	@Override
	public List<Broadcast> involving(String personId) {
		return mongo.find(Query.query(who(personId)).with(Sort.by("sentAt")), Broadcast.class, COLLECTION);
	}

	@Override
	public void anonymise(String personId, String subject) {
		for (Broadcast held : involving(personId)) {
			Broadcast kept = new Broadcast(held.id(), held.scopeKey(), held.scopeLabel(), held.message(), held.ack(),
					held.senderPersonId().equals(personId) ? subject : held.senderPersonId(), held.sentAt(),
					replaced(held.recipients(), personId, subject), held.panels(),
					replaced(held.undelivered(), personId, subject),
					held.acknowledgements()
						.stream()
						.map((a) -> a.personId().equals(personId) ? new Broadcast.Acknowledgement(subject, a.at()) : a)
						.toList(),
					held.forwardedFrom(), held.note());
			mongo.save(kept, COLLECTION);
		}
	}

	private static Criteria who(String personId) {
		return new Criteria().orOperator(Criteria.where("senderPersonId").is(personId),
				Criteria.where("recipients").is(personId), Criteria.where("acknowledgements.personId").is(personId));
	}

	private static List<String> replaced(List<String> ids, String personId, String subject) {
		return ids.stream().map((id) -> id.equals(personId) ? subject : id).toList();
	}

}
