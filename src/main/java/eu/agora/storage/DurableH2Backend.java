package eu.agora.storage;

import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;

/**
 * An H2 backend that commits the MVStore after every command that changed it, before the
 * reply goes back to the client. Plain {@link H2Backend} relies on MVStore's background
 * auto-commit (about once a second), so a {@code kill -9} right after an acknowledged
 * write could lose it. A commit writes to the file (the OS page cache), which survives a
 * process crash; like MongoDB's default write concern it does not fsync on every write.
 */
class DurableH2Backend extends H2Backend {

	private final MVStore store;

	DurableH2Backend(MVStore store) {
		super(store);
		this.store = store;
	}

	@Override
	public Document handleCommand(Channel channel, String database, String command, Document query) {
		try {
			return super.handleCommand(channel, database, command, query);
		}
		finally {
			commitIfChanged();
		}
	}

	private void commitIfChanged() {
		if (!this.store.isClosed() && this.store.hasUnsavedChanges()) {
			commit();
		}
	}

}
