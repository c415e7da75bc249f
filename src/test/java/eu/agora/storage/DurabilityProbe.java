package eu.agora.storage;

import java.nio.file.Path;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import com.mongodb.WriteConcern;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.slf4j.LoggerFactory;

import eu.agora.storage.StorageProperties.Backend;

/**
 * Child process for {@link AcknowledgedWriteSurvivesKillTests}: opens the file store
 * under the given data directory the way the application does, inserts one document with
 * an acknowledged write concern, prints {@value #ACK} and waits to be killed.
 */
final class DurabilityProbe {

	static final String ACK = "ACK";

	static final String DATABASE = "agora";

	static final String COLLECTION = "probe";

	private DurabilityProbe() {
	}

	public static void main(String[] args) throws InterruptedException {
		((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).setLevel(Level.WARN);
		Path dataDir = Path.of(args[0]);
		String id = args[1];
		EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.FILE, 0, dataDir);
		MongoClient client = MongoClients.create(server.connectionString(DATABASE));
		client.getDatabase(DATABASE)
			.getCollection(COLLECTION)
			.withWriteConcern(WriteConcern.ACKNOWLEDGED)
			.insertOne(new Document("_id", id));
		System.out.println(ACK);
		System.out.flush();
		Thread.sleep(60_000);
	}

}
