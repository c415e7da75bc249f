package eu.agora.storage;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Inserts a document that a unique key keeps single: the way the {@code Mongo*} classes
 * record something once (a claimed reminder, a new panel, an appended event) across
 * instances and races.
 */
public final class UniqueInserts {

	private UniqueInserts() {
	}

	/**
	 * @return {@code true} when {@code document} was inserted, {@code false} when one
	 * with the same unique key is stored already
	 */
	public static boolean insertIfNew(MongoTemplate mongo, Object document, String collection) {
		try {
			mongo.insert(document, collection);
			return true;
		}
		catch (DuplicateKeyException taken) {
			return false;
		}
	}

}
