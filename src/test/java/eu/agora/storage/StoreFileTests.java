package eu.agora.storage;

import java.nio.file.Files;
import java.nio.file.Path;

import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class StoreFileTests {

	@TempDir
	Path dataDir;

	@Test
	void opensTheStoreInAMissingDataDirectoryByCreatingIt() {
		Path nested = this.dataDir.resolve("a/b");

		try (MVStore store = StoreFile.open(nested)) {
			assertThat(nested.resolve(StoreFile.NAME)).exists();
		}
	}

	@Test
	void aDataDirectoryInUseNamesTheDirectoryAndTheWayOut() {
		try (MVStore first = StoreFile.open(this.dataDir)) {
			assertThatExceptionOfType(StorageStartupException.class).isThrownBy(() -> StoreFile.open(this.dataDir))
				.withMessageContaining(this.dataDir.toAbsolutePath().normalize().toString())
				.withMessageContaining("is in use by another Agora process")
				.withMessageContaining("--agora.data-dir=<other dir>");
		}
	}

	@Test
	void aCorruptedStoreFileIsReportedAsSuch() throws Exception {
		Files.writeString(this.dataDir.resolve(StoreFile.NAME), "not an MVStore file ".repeat(500));

		assertThatExceptionOfType(StorageStartupException.class).isThrownBy(() -> StoreFile.open(this.dataDir))
			.withMessageContaining(StoreFile.in(this.dataDir).toString())
			.withMessageContaining("corrupted");
	}

}
