package eu.agora.storage;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * The H2 MVStore backend of the embedded server, with two changes to mongo-java-server's
 * {@link H2Backend}:
 * <ul>
 * <li>Acknowledged writes are durable: after every command that changed the store it is
 * committed before the reply goes back. Plain {@link H2Backend} relies on MVStore's
 * background auto-commit (about once a second), so a {@code kill -9} right after an
 * acknowledged write could lose it. A commit writes to the file (the OS page cache),
 * which survives a process crash; like MongoDB's default write concern it does not fsync
 * every write.</li>
 * <li>{@code hello} is answered like {@code isMaster} in every database, as MongoDB does;
 * mongo-java-server 1.47 does not know {@code hello}, which Spring Boot's Mongo health
 * indicator sends.</li>
 * <li>Opening the store does not read whole collections for the non-unique indexes it
 * ignores ({@link EmbeddedH2Database}).</li>
 * </ul>
 */
class EmbeddedH2Backend extends H2Backend {

	private final MVStore store;

	EmbeddedH2Backend(MVStore store) {
		super(store);
		this.store = store;
	}

	static EmbeddedH2Backend memoryOnly() {
		return new EmbeddedH2Backend(new MVStore.Builder().open());
	}

	@Override
	protected MongoDatabase openOrCreateDatabase(String databaseName) {
		// called from H2Backend's constructor, before this.store is set
		return new EmbeddedH2Database(databaseName, getMvStore(), getCursorRegistry());
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		if ("hello".equalsIgnoreCase(command)) {
			return hello(channel, database, query);
		}
		try {
			return super.handleCommand(channel, database, command, query);
		}
		finally {
			commitIfChanged();
		}
	}

	private Document hello(Channel channel, String database, Document query) {
		Document reply = super.handleCommand(channel, database, "isMaster", query);
		reply.put("isWritablePrimary", reply.get("ismaster"));
		return reply;
	}

	private void commitIfChanged() {
		if (!this.store.isClosed() && this.store.hasUnsavedChanges()) {
			commit();
		}
	}

}
