package eu.agora.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import eu.agora.storage.StorageProperties.Backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmbeddedMongoServerTests {

	@TempDir
	Path dataDir;

	@Test
	void aTakenPortFailsWithTheAddressAndReleasesTheStoreFile() {
		try (EmbeddedMongoServer first = EmbeddedMongoServer.start(Backend.MEMORY, 0, this.dataDir)) {
			int taken = first.port();

			assertThatExceptionOfType(StorageStartupException.class)
				.isThrownBy(() -> EmbeddedMongoServer.start(Backend.FILE, taken, this.dataDir))
				.withMessageContaining("127.0.0.1:" + taken)
				.withMessageContaining("agora.storage.embedded.port");
		}
		try (MVStore reopened = StoreFile.open(this.dataDir)) {
			assertThat(reopened.isClosed()).isFalse();
		}
	}

	@Test
	void theMemoryBackendLeavesTheDataDirectoryAlone() {
		Path untouched = this.dataDir.resolve("untouched");

		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.MEMORY, 0, untouched)) {
			assertThat(server.connectionString("agora").getHosts()).containsExactly("127.0.0.1:" + server.port());
		}
		assertThat(untouched).doesNotExist();
	}

	@Test
	void aNonUniqueIndexSurvivesReopeningAndQueriesOnItsFieldsStillFindEveryDocument() {
		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.FILE, 0, this.dataDir);
				MongoClient client = MongoClients.create(server.connectionString("agora").getConnectionString())) {
			MongoCollection<Document> passages = client.getDatabase("agora").getCollection("passages");
			passages.createIndex(Indexes.ascending("documentId", "generation"));
			for (int i = 0; i < 30; i++) {
				passages.insertOne(
						new Document("_id", "p" + i).append("documentId", "d" + (i % 3)).append("generation", "g1"));
			}
		}

		try (EmbeddedMongoServer server = EmbeddedMongoServer.start(Backend.FILE, 0, this.dataDir);
				MongoClient client = MongoClients.create(server.connectionString("agora").getConnectionString())) {
			MongoCollection<Document> passages = client.getDatabase("agora").getCollection("passages");
			passages.insertOne(new Document("_id", "p30").append("documentId", "d0").append("generation", "g2"));
			passages.deleteOne(Filters.eq("_id", "p3"));

			List<String> indexes = passages.listIndexes()
				.map((index) -> index.getString("name"))
				.into(new ArrayList<>());
			List<Object> ofD0 = passages.find(Filters.eq("documentId", "d0"))
				.map((passage) -> passage.get("_id"))
				.into(new ArrayList<>());

			// the index is kept for a real MongoDB; the embedded store answers by a scan
			assertThat(indexes).contains("_id_", "documentId_1_generation_1");
			assertThat(ofD0).containsExactlyInAnyOrder("p0", "p6", "p9", "p12", "p15", "p18", "p21", "p24", "p27",
					"p30");
			assertThat(passages
				.countDocuments(Filters.and(Filters.eq("documentId", "d0"), Filters.eq("generation", "g2"))))
				.isEqualTo(1);
		}
	}

}
