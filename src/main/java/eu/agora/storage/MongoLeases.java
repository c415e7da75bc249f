package eu.agora.storage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.Optional;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link Leases} as documents {@code {_id: name, holder, version, expiresAt}} in the
 * {@code leases} collection. Taking is one {@code findOneAndUpdate} with upsert whose
 * filter matches only a free, expired or own lease: while another holds it, the upsert
 * collides with the existing {@code _id} and fails. A lease that another instance surely
 * still holds is only read, not written: a standby asks every few seconds, and each such
 * collision would be a failed write (which the shared store logs). Renewing matches the
 * exact tenure (holder and version). No TTL index: an expired lease stays until it is
 * taken again.
 */
class MongoLeases implements Leases {

	static final String COLLECTION = "leases";

	private static final FindAndModifyOptions UPSERT_RETURN_NEW = FindAndModifyOptions.options()
		.upsert(true)
		.returnNew(true);

	private static final FindAndModifyOptions RETURN_NEW = FindAndModifyOptions.options().returnNew(true);

	private final MongoOperations mongo;

	private final Clock clock;

	MongoLeases(MongoOperations mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public Optional<Lease> acquire(String name, String holder, Duration length) {
		Instant now = clock.instant();
		Optional<Lease> current = current(name);
		if (current.isPresent() && !current.get().holder().equals(holder) && current.get().expiresAt().isAfter(now)) {
			return Optional.empty();
		}
		Query takeable = Query.query(Criteria.where("_id")
			.is(name)
			.orOperator(Criteria.where("expiresAt").lte(Date.from(now)), Criteria.where("holder").is(holder)));
		Update take = new Update().set("holder", holder)
			.set("expiresAt", Date.from(now.plus(length)))
			.set("takenAt", Date.from(now))
			.inc("version", 1L);
		try {
			return Optional
				.ofNullable(mongo.findAndModify(takeable, take, UPSERT_RETURN_NEW, Document.class, COLLECTION))
				.map(MongoLeases::lease);
		}
		catch (DuplicateKeyException held) {
			return Optional.empty();
		}
	}

	@Override
	public Optional<Lease> renew(Lease lease, Duration length) {
		Update extend = new Update().set("expiresAt", Date.from(clock.instant().plus(length)));
		return Optional.ofNullable(mongo.findAndModify(tenure(lease), extend, RETURN_NEW, Document.class, COLLECTION))
			.map(MongoLeases::lease);
	}

	@Override
	public void release(Lease lease) {
		mongo.updateFirst(tenure(lease), new Update().set("expiresAt", Date.from(clock.instant())), COLLECTION);
	}

	@Override
	public Optional<Lease> current(String name) {
		return Optional.ofNullable(mongo.findById(name, Document.class, COLLECTION)).map(MongoLeases::lease);
	}

	private static Query tenure(Lease lease) {
		return Query.query(Criteria.where("_id")
			.is(lease.name())
			.and("holder")
			.is(lease.holder())
			.and("version")
			.is(lease.version()));
	}

	private static Lease lease(Document document) {
		return new Lease(document.getString("_id"), document.getString("holder"),
				((Number) Objects.requireNonNull(document.get("version"))).longValue(),
				document.getDate("expiresAt").toInstant());
	}

}
