package eu.agora.storage;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.agora.storage.StorageProperties.Backend;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Proves that a write the embedded file store acknowledged is on disk: a child JVM writes
 * and is killed with SIGKILL right after the acknowledgement, then the store is reopened.
 */
class AcknowledgedWriteSurvivesKillTests {

	@TempDir
	Path dataDir;

	@Test
	void anAcknowledgedWriteSurvivesKillDashNine() throws Exception {
		String id = UUID.randomUUID().toString();
		Path childLog = this.dataDir.resolve("child.log");
		Process child = startProbe(id, childLog);
		try {
			awaitAck(child, childLog);
		}
		finally {
			child.destroyForcibly();
			assertThat(child.waitFor(10, TimeUnit.SECONDS)).as("child exited").isTrue();
		}

		assertThat(findProbeDocument(id)).as("acknowledged document after kill -9").isNotNull();
	}

	private Process startProbe(String id, Path childLog) throws IOException {
		String java = ProcessHandle.current().info().command().orElse("java");
		List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"),
				DurabilityProbe.class.getName(), this.dataDir.toString(), id);
		return new ProcessBuilder(command).redirectError(childLog.toFile()).start();
	}

	private static void awaitAck(Process child, Path childLog) throws Exception {
		CompletableFuture<Boolean> acked = CompletableFuture.supplyAsync(() -> readUntilAck(child));
		boolean ack = acked.get(20, TimeUnit.SECONDS);
		assertThat(ack).as(() -> "child printed ACK; its stderr:%n%s".formatted(read(childLog))).isTrue();
	}

	private static boolean readUntilAck(Process child) {
		try (BufferedReader out = new BufferedReader(
				new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
			String line;
			while ((line = out.readLine()) != null) {
				if (line.equals(DurabilityProbe.ACK)) {
					return true;
				}
			}
			return false;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Document findProbeDocument(String id) {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.FILE, 0, this.dataDir);
				MongoClient client = MongoClients.create(server.connectionString(DurabilityProbe.DATABASE))) {
			return client.getDatabase(DurabilityProbe.DATABASE)
				.getCollection(DurabilityProbe.COLLECTION)
				.find(new Document("_id", id))
				.first();
		}
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			return "(unreadable: " + ex + ")";
		}
	}

}
