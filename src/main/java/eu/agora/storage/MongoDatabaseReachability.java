package eu.agora.storage;

import com.mongodb.client.MongoClient;

/**
 * {@link DatabaseReachability} from the driver's current cluster description (its
 * monitors see a lost server within a heartbeat, and at once when a request fails); the
 * call does not block.
 */
class MongoDatabaseReachability implements DatabaseReachability {

	private final MongoClient client;

	MongoDatabaseReachability(MongoClient client) {
		this.client = client;
	}

	@Override
	public boolean reachable() {
		return client.getClusterDescription().getServerDescriptions().stream().anyMatch((server) -> server.isOk());
	}

}
