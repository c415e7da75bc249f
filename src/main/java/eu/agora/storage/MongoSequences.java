package eu.agora.storage;

import java.util.Objects;

import org.bson.Document;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link Sequences} as documents {@code {_id: name, value: n}} in the {@code sequences}
 * collection, advanced with an upserting {@code findOneAndUpdate} and {@code $inc}.
 */
class MongoSequences implements Sequences {

	static final String COLLECTION = "sequences";

	private static final FindAndModifyOptions UPSERT_RETURN_NEW = FindAndModifyOptions.options()
		.upsert(true)
		.returnNew(true);

	private final MongoOperations mongo;

	MongoSequences(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public long next(String name) {
		try {
			return increment(name);
		}
		catch (DuplicateKeyException ex) {
			// Two first calls raced to insert the counter; now it exists, so $inc wins.
			return increment(name);
		}
	}

	private long increment(String name) {
		Query byName = Query.query(Criteria.where("_id").is(name));
		Update inc = new Update().inc("value", 1L);
		// upserting with returnNew always gives the counter, with the value $inc has set
		Document counter = Objects
			.requireNonNull(this.mongo.findAndModify(byName, inc, UPSERT_RETURN_NEW, Document.class, COLLECTION));
		return ((Number) Objects.requireNonNull(counter.get("value"))).longValue();
	}

}
