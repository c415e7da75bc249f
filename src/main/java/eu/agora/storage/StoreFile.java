package eu.agora.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * The embedded store's file, {@code <data-dir>/agora.mv.db}, opened with start-up errors
 * translated into messages a person running Agora can act on.
 */
final class StoreFile {

	static final String NAME = "agora.mv.db";

	/** Beside the store file: its presence asks for a rebuild at the next start. */
	static final String REBUILD_MARKER = NAME + ".rebuild";

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
			Path marker = file.resolveSibling(REBUILD_MARKER);
			if (Files.exists(marker)) {
				compact(file);
				deleteMarker(marker);
			}
			return new MVStore.Builder().fileName(file.toString()).open();
		}
		catch (MVStoreException ex) {
			throw translate(ex, file);
		}
	}

	/**
	 * Marks the store in {@code dataDir} to be rebuilt at its next start (after an
	 * erasure, so that nothing erased stays readable in the file).
	 */
	static void rebuildAtNextStart(Path dataDir) {
		Path marker = in(dataDir).resolveSibling(REBUILD_MARKER);
		try {
			Files.writeString(marker, "rebuild the store file at the next start (an erasure happened)\n");
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot mark " + marker + " for a rebuild at the next start", ex);
		}
	}

	private static void deleteMarker(Path marker) {
		try {
			Files.deleteIfExists(marker);
		}
		catch (IOException ex) {
			throw new StorageStartupException("Cannot remove " + marker + " after rebuilding the store (" + ex + ")",
					"Check the permissions of the data directory.", ex);
		}
	}

	/**
	 * Rewrites the file with only its live data, uncompressed. MVStore appends changes
	 * and keeps old chunks until it reuses their space, and its B-trees keep deleted keys
	 * as separators in inner pages, so a deleted person's name could stay readable in the
	 * file — even after H2's own compaction, which copies the pages as they are. So every
	 * map is copied entry by entry into a new file (a fresh tree holds only live keys),
	 * which then replaces the old one atomically. Runs at the start after an erasure
	 * ({@link #rebuildAtNextStart}), before the store opens: a full copy of the file is
	 * too slow for every start of a large store.
	 */
	private static void compact(Path file) {
		if (!Files.exists(file)) {
			return;
		}
		Path fresh = file.resolveSibling(file.getFileName() + ".rebuild");
		try {
			Files.deleteIfExists(fresh);
			MVStore source = new MVStore.Builder().fileName(file.toString()).readOnly().open();
			MVStore target = new MVStore.Builder().fileName(fresh.toString()).open();
			try {
				for (String name : source.getMapNames()) {
					MVMap<Object, Object> from = source.openMap(name);
					MVMap<Object, Object> to = target.openMap(name);
					from.entrySet().forEach((entry) -> to.put(entry.getKey(), entry.getValue()));
				}
				target.commit();
			}
			finally {
				target.close();
				source.close();
			}
			Files.move(fresh, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new StorageStartupException("Cannot rewrite the store file " + file + " (" + ex + ")",
					"Check the free space and permissions of its directory.", ex);
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
