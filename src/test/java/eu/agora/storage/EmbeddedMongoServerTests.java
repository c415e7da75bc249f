package eu.agora.storage;

import java.nio.file.Path;

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

}
