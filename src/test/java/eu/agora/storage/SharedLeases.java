package eu.agora.storage;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;

import eu.agora.storage.StorageProperties.Backend;

/**
 * {@link Leases} of several simulated instances over one embedded in-memory store, each
 * instance with the test's clock: for lease tests without a Spring context. The database
 * can be made unreachable for one instance ({@link Instance#reachable}).
 */
public final class SharedLeases implements AutoCloseable {

	private final EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.MEMORY, 0, Path.of("unused"));

	private final MongoClient client = MongoClients.create(server.connectionString("leases"));

	private final MongoTemplate mongo = new MongoTemplate(client, "leases");

	/** The leases as one instance sees them. */
	public Instance instance(Clock clock) {
		return new Instance(new MongoLeases(mongo, clock));
	}

	/**
	 * The shared store itself, for tests of other collections several instances share.
	 */
	public MongoTemplate template() {
		return mongo;
	}

	@Override
	public void close() {
		client.close();
		server.close();
	}

	/**
	 * One instance's view; {@link #reachable} false makes every call fail as a lost
	 * database does.
	 */
	public static final class Instance implements Leases {

		private final Leases leases;

		private volatile boolean reachable = true;

		Instance(Leases leases) {
			this.leases = leases;
		}

		public void reachable(boolean reachable) {
			this.reachable = reachable;
		}

		@Override
		public Optional<Lease> acquire(String name, String holder, Duration length) {
			check();
			return leases.acquire(name, holder, length);
		}

		@Override
		public Optional<Lease> renew(Lease lease, Duration length) {
			check();
			return leases.renew(lease, length);
		}

		@Override
		public void release(Lease lease) {
			check();
			leases.release(lease);
		}

		@Override
		public Optional<Lease> current(String name) {
			check();
			return leases.current(name);
		}

		private void check() {
			if (!reachable) {
				throw new DataAccessResourceFailureException("Timed out selecting a server");
			}
		}

	}

}
