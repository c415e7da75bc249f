package eu.agora.storage;

import java.nio.charset.StandardCharsets;
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

	@Test
	void aDeletedEntryLeavesTheFileOnlyAtTheStartAfterARebuildWasAsked() throws Exception {
		String secret = "zenobia-" + System.nanoTime();
		try (MVStore store = StoreFile.open(this.dataDir)) {
			store.openMap("people").put("P-1", secret);
			store.commit();
			store.openMap("people").remove("P-1");
			store.commit();
		}
		Path file = StoreFile.in(this.dataDir);
		long written = Files.size(file);
		StoreFile.open(this.dataDir).close();
		assertThat(Files.size(file)).as("no rebuild without a request").isGreaterThanOrEqualTo(written);

		StoreFile.rebuildAtNextStart(this.dataDir);
		StoreFile.open(this.dataDir).close();

		assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain(secret);
		assertThat(file.resolveSibling(StoreFile.REBUILD_MARKER)).doesNotExist();
	}

}
