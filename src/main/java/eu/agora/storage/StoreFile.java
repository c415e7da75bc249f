package eu.agora.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded store's file, {@code <data-dir>/agora.mv.db}, opened with start-up errors
 * translated into messages a person running Agora can act on.
 */
final class StoreFile {

	static final String NAME = "agora.mv.db";

	private StoreFile() {
	}

	static Path in(Path dataDir) {
		return dataDir.resolve(NAME).toAbsolutePath().normalize();
	}

	static MVStore open(Path dataDir) {
		Path file = in(dataDir);
		// an absolute path to a file always has a parent
		createDirectories(Objects.requireNonNull(file.getParent()));
		try {
			return new MVStore.Builder().fileName(file.toString()).open();
		}
		catch (MVStoreException ex) {
			throw translate(ex, file);
		}
	}

	private static void createDirectories(Path dir) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new StorageStartupException("Cannot create the data directory " + dir + " (" + ex + ")",
					"Check its permissions or use --agora.data-dir=<other dir>.", ex);
		}
	}

	private static StorageStartupException translate(MVStoreException ex, Path file) {
		Path dir = file.getParent();
		return switch (ex.getErrorCode()) {
			case DataUtils.ERROR_FILE_LOCKED ->
				new StorageStartupException("The data directory " + dir + " is in use by another Agora process",
						"Stop it or use --agora.data-dir=<other dir>.", ex);
			case DataUtils.ERROR_FILE_CORRUPT, DataUtils.ERROR_UNSUPPORTED_FORMAT, DataUtils.ERROR_READING_FAILED,
					DataUtils.ERROR_CHUNK_NOT_FOUND,
					DataUtils.ERROR_BLOCK_NOT_FOUND ->
				new StorageStartupException(
						"The store file " + file + " is corrupted or not an Agora store (" + ex.getMessage() + ")",
						"Restore it from a backup, or move it away to start with an empty store.", ex);
			default -> new StorageStartupException("Cannot open the store file " + file + " (" + ex.getMessage() + ")",
					"Check the file and its directory, or use --agora.data-dir=<other dir>.", ex);
		};
	}

}
