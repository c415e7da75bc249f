package eu.agora.knowledge.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.util.FileSystemUtils;

/**
 * Opens the index directory on disk, starting it afresh when what is there cannot be
 * opened (a damaged or missing commit, segment files that are not Lucene's): the index is
 * derived, and {@link IndexMaintenance} rebuilds it from MongoDB. Opening reads only the
 * commit and the files' headers, so that a large index does not hold back the start; the
 * checksums of the whole index are verified afterwards, in the background
 * ({@link KnowledgeIndex#emptyIfDamaged()}).
 */
final class IndexDirectories {

	private static final Logger log = LoggerFactory.getLogger(IndexDirectories.class);

	private IndexDirectories() {
	}

	static Directory openOrReset(Path path) throws IOException {
		Files.createDirectories(path);
		FSDirectory directory = FSDirectory.open(path);
		if (readable(directory)) {
			return directory;
		}
		directory.close();
		log.warn("The knowledge index at {} cannot be read; starting it afresh and rebuilding it from MongoDB", path);
		FileSystemUtils.deleteRecursively(path);
		Files.createDirectories(path);
		return FSDirectory.open(path);
	}

	private static boolean readable(Directory directory) {
		try {
			if (!DirectoryReader.indexExists(directory)) {
				return true;
			}
			// opening reads the commit, the segments' metadata and the files' headers
			DirectoryReader.open(directory).close();
			return true;
		}
		catch (IOException | RuntimeException ex) {
			log.debug("Unreadable knowledge index", ex);
			return false;
		}
	}

}
