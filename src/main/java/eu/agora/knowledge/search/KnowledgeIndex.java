package eu.agora.knowledge.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.storage.AgoraProperties;

/**
 * The Lucene search index under {@code <data-dir>/knowledge-index}: BM25 over
 * language-analysed text (title, section path and passage), and an HNSW graph of the
 * passages' embeddings. It is derived from MongoDB: each commit records which generation
 * of each document it holds, so {@link IndexMaintenance} can bring it up to date, and an
 * index that is missing or cannot be read is started afresh and rebuilt.
 */
@Component
public class KnowledgeIndex implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(KnowledgeIndex.class);

	private static final String GENERATIONS = "generations";

	private final LanguageAnalyzers analyzers = new LanguageAnalyzers();

	private final JsonMapper json = JsonMapper.shared();

	private final Directory directory;

	private final IndexWriter writer;

	private final SearcherManager searchers;

	private final Map<String, String> generations;

	private volatile int @Nullable [] rebuild;

	KnowledgeIndex(KnowledgeProperties properties, AgoraProperties agora,
			@Value("${agora.storage.embedded.backend:file}") String storeBackend) throws IOException {
		boolean inMemory = switch (properties.index()) {
			case MEMORY -> true;
			case DISK -> false;
			case AUTO -> "memory".equalsIgnoreCase(storeBackend);
		};
		this.directory = inMemory ? new ByteBuffersDirectory()
				: IndexDirectories.openOrReset(agora.dataDir().resolve("knowledge-index"));
		this.writer = new IndexWriter(directory,
				new IndexWriterConfig(analyzers.perField()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
		this.generations = new HashMap<>(committedGenerations());
		this.searchers = new SearcherManager(writer, null);
	}

	/**
	 * Marks a rebuild: {@code done} of {@code total} documents indexed; {@code total} 0
	 * ends it.
	 */
	void rebuilding(int done, int total) {
		this.rebuild = (total == 0) ? null : new int[] { done, total };
	}

	/** Documents done and total of a rebuild under way, or {@code null}. */
	int @Nullable [] rebuilding() {
		return rebuild;
	}

	/** Which generation of each document the index holds. */
	synchronized Map<String, String> generations() {
		return Map.copyOf(generations);
	}

	/** Replaces the document's passages in the index and commits. */
	public synchronized void put(KnowledgeDocument document, List<Passage> passages) {
		try {
			writer.deleteDocuments(PassageFields.ofDocument(document.id()));
			for (Passage passage : passages) {
				writer.addDocument(PassageFields.of(document, passage));
			}
			generations.put(document.id(), document.generation());
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public synchronized void remove(String documentId) {
		try {
			writer.deleteDocuments(PassageFields.ofDocument(documentId));
			generations.remove(documentId);
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Verifies the checksum of every file of the index, which reads all of it; a damaged
	 * index is emptied, to be rebuilt from MongoDB. The background start-up pass runs it
	 * first ({@link IndexMaintenance#startUp()}), so that the prompt does not wait for
	 * it.
	 */
	synchronized void emptyIfDamaged() {
		try {
			int segments = search((searcher) -> {
				for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
					leaf.reader().checkIntegrity();
				}
				return searcher.getIndexReader().leaves().size();
			});
			log.debug("Knowledge index checksums verified in {} segments", segments);
		}
		catch (RuntimeException ex) {
			log.warn("The knowledge index is damaged ({}); emptying it to rebuild it from MongoDB", ex.toString());
			clear();
		}
	}

	/** Empties the index, to be rebuilt. */
	synchronized void clear() {
		try {
			writer.deleteAll();
			generations.clear();
			commit();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** BM25 over the text in every language the index holds. */
	List<ScoredPassage> lexical(String question, SearchFilter filter, int limit) {
		return search((searcher) -> {
			BooleanQuery.Builder text = new BooleanQuery.Builder();
			for (String language : PassageFields.languages(searcher)) {
				Query query = new QueryBuilder(analyzers.forLanguage(language))
					.createBooleanQuery(LanguageAnalyzers.field(language), question, Occur.SHOULD);
				if (query != null) {
					text.add(query, Occur.SHOULD);
				}
			}
			BooleanQuery textQuery = text.build();
			if (textQuery.clauses().isEmpty()) {
				return List.of();
			}
			return PassageFields.hits(searcher, PassageFields.filtered(textQuery, filter), limit);
		});
	}

	/** Nearest passages by embedding, exact when the filter leaves few. */
	List<ScoredPassage> semantic(float[] vector, SearchFilter filter, int limit) {
		return search((searcher) -> {
			Query knn = new KnnFloatVectorQuery(PassageFields.VECTOR, vector, limit, PassageFields.filter(filter));
			return PassageFields.hits(searcher, knn, limit)
				.stream()
				.map((hit) -> new ScoredPassage(hit.id(), 2 * hit.score() - 1))
				.toList();
		});
	}

	/**
	 * How telling each term is, as BM25's inverse document frequency in the language's
	 * field: a term no passage has weighs most.
	 */
	Map<String, Double> weights(String language, Set<String> terms) {
		return search((searcher) -> {
			var reader = searcher.getIndexReader();
			double passages = Math.max(1, reader.numDocs());
			Map<String, Double> weights = new LinkedHashMap<>();
			for (String term : terms) {
				int df = reader.docFreq(new Term(LanguageAnalyzers.field(language), term));
				weights.put(term, Math.log(1 + (passages - df + 0.5) / (df + 0.5)));
			}
			return weights;
		});
	}

	/**
	 * The indexed term nearest to {@code term} (at most two edits, the first letter
	 * kept), the most frequent among the nearest; empty when {@code term} is itself
	 * indexed in any language or nothing is near.
	 */
	Optional<String> nearestTerm(String term) {
		return search((searcher) -> {
			var reader = searcher.getIndexReader();
			List<String> languages = PassageFields.languages(searcher);
			for (String language : languages) {
				if (reader.docFreq(new Term(LanguageAnalyzers.field(language), term)) > 0) {
					return Optional.<String>empty();
				}
			}
			String best = null;
			float bestSimilarity = 0;
			int bestFrequency = 0;
			for (String language : languages) {
				String field = LanguageAnalyzers.field(language);
				Terms terms = MultiTerms.getTerms(reader, field);
				if (terms == null) {
					continue;
				}
				FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(field, term), (term.length() >= 6) ? 2 : 1, 1,
						true);
				for (BytesRef found = near.next(); found != null; found = near.next()) {
					float similarity = near.getBoost();
					int frequency = near.docFreq();
					if (similarity > bestSimilarity || (similarity == bestSimilarity && frequency > bestFrequency)) {
						best = found.utf8ToString();
						bestSimilarity = similarity;
						bestFrequency = frequency;
					}
				}
			}
			return Optional.ofNullable(best);
		});
	}

	int size() {
		return search((searcher) -> searcher.getIndexReader().numDocs());
	}

	@Override
	public synchronized void destroy() throws IOException {
		searchers.close();
		writer.close();
		directory.close();
	}

	private void commit() throws IOException {
		writer.setLiveCommitData(Map.of(GENERATIONS, json.writeValueAsString(generations)).entrySet());
		writer.commit();
		searchers.maybeRefreshBlocking();
	}

	private Map<String, String> committedGenerations() throws IOException {
		if (!DirectoryReader.indexExists(directory)) {
			return Map.of();
		}
		// the commit's own file only: IndexDirectories has opened the whole index
		String committed = SegmentInfos.readLatestCommit(directory).getUserData().get(GENERATIONS);
		return (committed == null) ? Map.of() : json.readValue(committed, new TypeReference<Map<String, String>>() {
		});
	}

	private <T> T search(Search<T> search) {
		try {
			IndexSearcher searcher = searchers.acquire();
			try {
				return search.run(searcher);
			}
			finally {
				searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@FunctionalInterface
	private interface Search<T> {

		T run(IndexSearcher searcher) throws IOException;

	}

}
