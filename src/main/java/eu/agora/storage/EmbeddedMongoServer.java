package eu.agora.storage;

import java.net.InetSocketAddress;
import java.nio.file.Path;

import com.mongodb.ConnectionString;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.storage.StorageProperties.Backend;

/**
 * The in-process MongoDB-wire server (mongo-java-server) on 127.0.0.1: a single-node demo
 * store, used when no external MongoDB is configured. Closing it stops the server and
 * closes the store file.
 */
final class EmbeddedMongoServer implements AutoCloseable {

	static final String HOST = "127.0.0.1";

	private static final Logger logger = LoggerFactory.getLogger(EmbeddedMongoServer.class);

	private final MongoServer server;

	private final InetSocketAddress address;

	private final @Nullable Path dataDir;

	private EmbeddedMongoServer(MongoServer server, @Nullable Path dataDir) {
		this.server = server;
		this.address = server.getLocalAddress();
		this.dataDir = dataDir;
	}

	/**
	 * Opens the backend and starts listening.
	 * @param backend where the data lives
	 * @param port the port on 127.0.0.1, {@code 0} for a free one
	 * @param dataDir the data directory, used by the file backend only
	 * @return the running server
	 */
	static EmbeddedMongoServer start(Backend backend, int port, Path dataDir) {
		return start(backend, HOST, port, dataDir);
	}

	/**
	 * Opens the backend and starts listening on {@code host}.
	 * @param backend where the data lives
	 * @param host the address to listen on
	 * @param port the port, {@code 0} for a free one
	 * @param dataDir the data directory, used by the file backend only
	 * @return the running server
	 */
	static EmbeddedMongoServer start(Backend backend, String host, int port, Path dataDir) {
		MongoBackend mongoBackend = (backend == Backend.FILE) ? new EmbeddedH2Backend(StoreFile.open(dataDir))
				: EmbeddedH2Backend.memoryOnly();
		MongoServer server = new MongoServer(mongoBackend);
		try {
			server.bind(host, port);
		}
		catch (Exception ex) {
			// Netty rethrows java.net.BindException undeclared; without a shutdown its
			// non-daemon event loop would keep the JVM alive after a failed start.
			server.shutdownNow();
			throw new StorageStartupException(
					"The embedded MongoDB-wire server cannot listen on " + host + ":" + port + " (" + ex + ")",
					"Stop whatever uses that port or set agora.storage.embedded.port (0 picks a free port).", ex);
		}
		EmbeddedMongoServer embedded = new EmbeddedMongoServer(server, (backend == Backend.FILE) ? dataDir : null);
		logger.info("Embedded MongoDB-wire server (single-node demo store, not for production) on {}:{}, data in {}",
				host, embedded.port(), (backend == Backend.FILE) ? StoreFile.in(dataDir) : "memory (lost on exit)");
		return embedded;
	}

	/**
	 * Asks for the store file to be rebuilt from its live entries at the next start, so
	 * that what was just erased leaves no trace in the file (see {@link StoreFile}).
	 * No-op for the in-memory backend.
	 */
	void rebuildFileAtNextStart() {
		if (this.dataDir != null) {
			StoreFile.rebuildAtNextStart(this.dataDir);
		}
	}

	int port() {
		return this.address.getPort();
	}

	ConnectionString connectionString(String database) {
		return new ConnectionString("mongodb://" + HOST + ":" + port() + "/" + database);
	}

	@Override
	public void close() {
		this.server.shutdownNow();
	}

}
