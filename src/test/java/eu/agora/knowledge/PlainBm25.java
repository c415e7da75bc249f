package eu.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * The baseline of the held-out benchmark: the plainest search there is. Each file's raw
 * text cut into windows of {@value #CHUNK} characters (at whitespace, each starting
 * {@value #STRIDE} characters after the last, so a short snippet is never cut in two),
 * Lucene's BM25 over standard tokens, lower-cased, English stop words; no stemming, no
 * metadata, no embeddings.
 */
final class PlainBm25 {

	static final int CHUNK = 1_200;

	static final int STRIDE = 1_000;

	private final IndexSearcher searcher;

	private final Analyzer analyzer = new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);

	private final Map<String, List<String>> chunksByDocument;

	private PlainBm25(IndexSearcher searcher, Map<String, List<String>> chunksByDocument) {
		this.searcher = searcher;
		this.chunksByDocument = chunksByDocument;
	}

	static PlainBm25 over(Path corpus) throws IOException {
		ByteBuffersDirectory directory = new ByteBuffersDirectory();
		Map<String, List<String>> chunks = new HashMap<>();
		try (IndexWriter writer = new IndexWriter(directory,
				new IndexWriterConfig(new StandardAnalyzer(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)));
				Stream<Path> files = Files.list(corpus)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				List<String> cut = chunks(Files.readString(file, StandardCharsets.UTF_8));
				chunks.put(name, cut);
				for (String chunk : cut) {
					Document document = new Document();
					document.add(new StoredField("document", name));
					document.add(new TextField("text", chunk, Field.Store.YES));
					writer.addDocument(document);
				}
			}
		}
		return new PlainBm25(new IndexSearcher(DirectoryReader.open(directory)), chunks);
	}

	static List<String> chunks(String text) {
		List<String> chunks = new ArrayList<>();
		int start = 0;
		while (start < text.length()) {
			int end = cut(text, Math.min(text.length(), start + CHUNK));
			chunks.add(text.substring(start, end));
			if (end >= text.length()) {
				break;
			}
			start = cut(text, start + STRIDE);
		}
		return chunks;
	}

	private static int cut(String text, int at) {
		int space = at;
		while (space < text.length() && space > at - 100 && !Character.isWhitespace(text.charAt(space))) {
			space--;
		}
		return (space < text.length() && Character.isWhitespace(text.charAt(space))) ? space : at;
	}

	List<Chunk> search(String question, int limit) {
		try {
			Query query = new QueryBuilder(analyzer).createBooleanQuery("text", question, Occur.SHOULD);
			if (query == null) {
				return List.of();
			}
			List<Chunk> found = new ArrayList<>();
			for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
				Document document = searcher.storedFields().document(hit.doc);
				found.add(new Chunk(document.get("document"), document.get("text")));
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	boolean holds(HeldOutKnowledgeBenchmark.Snippet snippet) {
		return chunksByDocument.getOrDefault(snippet.document(), List.of())
			.stream()
			.anyMatch((chunk) -> answers(new Chunk(snippet.document(), chunk), snippet));
	}

	static boolean answers(Chunk chunk, HeldOutKnowledgeBenchmark.Snippet snippet) {
		return chunk.document().equals(snippet.document()) && HeldOutKnowledgeBenchmark.normalised(chunk.text())
			.contains(HeldOutKnowledgeBenchmark.normalised(snippet.contains()));
	}

	record Chunk(String document, String text) {
	}

}
