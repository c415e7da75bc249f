package eu.agora.storage;

import java.util.List;

import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.EmptyIndex;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import org.h2.mvstore.MVStore;

/**
 * A database of the embedded store that does not read its collections for the non-unique
 * indexes it ignores. mongo-java-server keeps no non-unique index (every query on one is
 * a full scan), but {@link H2Database} still reads every document of the collection twice
 * to "build" such an index, each time the store opens: with the 72 contracts ingested,
 * 2.4 s of decoding passages before the shell's prompt, for an index that stays empty.
 * Here the index is marked as already built, so nothing is read; queries, writes and the
 * stored index descriptions (which a real MongoDB would use) are unchanged.
 */
final class EmbeddedH2Database extends H2Database {

	EmbeddedH2Database(String databaseName, MVStore store, CursorRegistry cursors) {
		super(databaseName, store, cursors);
	}

	@Override
	protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
			boolean sparse) {
		return new IgnoredIndex(indexName, keys);
	}

	/** An index that holds nothing and has nothing to build. */
	private static final class IgnoredIndex extends EmptyIndex<Object> {

		IgnoredIndex(String name, List<IndexKey> keys) {
			super(name, keys);
		}

		@Override
		public boolean isEmpty() {
			// read by AbstractMongoCollection.addIndex: an empty index is filled from
			// every document of the collection
			return false;
		}

	}

}
