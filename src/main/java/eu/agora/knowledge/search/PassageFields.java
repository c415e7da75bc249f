package eu.agora.knowledge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.KnnFloatVectorField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.jspecify.annotations.Nullable;

/**
 * How a passage is written in {@link KnowledgeIndex}, and how its searches address the
 * fields: the index's schema. A passage is one Lucene document with its id (stored), its
 * document, city, country and domains (for filters), its text in the field of its
 * language ({@link LanguageAnalyzers#field}) and its embedding.
 */
final class PassageFields {

	static final String VECTOR = "vector";

	private static final String ID = "id";

	private static final String DOCUMENT = "doc";

	private static final String CITY = "city";

	private static final String COUNTRY = "country";

	private static final String DOMAIN = "domain";

	private PassageFields() {
	}

	static Document of(KnowledgeDocument document, Passage passage) {
		Document lucene = new Document();
		lucene.add(new StringField(ID, passage.id(), Field.Store.YES));
		lucene.add(new StringField(DOCUMENT, document.id(), Field.Store.NO));
		if (passage.cityKey() != null) {
			lucene.add(new StringField(CITY, passage.cityKey(), Field.Store.NO));
		}
		if (passage.country() != null) {
			lucene.add(new StringField(COUNTRY, passage.country(), Field.Store.NO));
		}
		passage.domains().forEach((domain) -> lucene.add(new StringField(DOMAIN, domain, Field.Store.NO)));
		String searchable = String.join("\n", document.title(), passage.section(), passage.text());
		lucene.add(new TextField(LanguageAnalyzers.field(passage.language()), searchable, Field.Store.NO));
		lucene.add(new KnnFloatVectorField(VECTOR, passage.vector(), VectorSimilarityFunction.DOT_PRODUCT));
		lucene.add(new StoredField("ordinal", passage.ordinal()));
		return lucene;
	}

	/** Every passage of the document. */
	static Term ofDocument(String documentId) {
		return new Term(DOCUMENT, documentId);
	}

	/** The languages whose text field the index holds. */
	static List<String> languages(IndexSearcher searcher) {
		List<String> languages = new ArrayList<>();
		for (FieldInfo field : FieldInfos.getMergedFieldInfos(searcher.getIndexReader())) {
			LanguageAnalyzers.languageOf(field.name).ifPresent(languages::add);
		}
		return languages;
	}

	/** {@code query}, restricted to the passages the filter lets through. */
	static Query filtered(Query query, SearchFilter filter) {
		Query filterQuery = filter(filter);
		if (filterQuery == null) {
			return query;
		}
		return new BooleanQuery.Builder().add(query, Occur.MUST).add(filterQuery, Occur.FILTER).build();
	}

	/** The passages the filter lets through, or {@code null} for all of them. */
	static @Nullable Query filter(@Nullable SearchFilter filter) {
		if (filter == null || filter.isEmpty()) {
			return null;
		}
		BooleanQuery.Builder builder = new BooleanQuery.Builder().add(new MatchAllDocsQuery(), Occur.MUST);
		if (filter.cityKey() != null) {
			builder.add(new TermQuery(new Term(CITY, filter.cityKey())), Occur.FILTER);
		}
		if (filter.country() != null) {
			builder.add(new TermQuery(new Term(COUNTRY, filter.country())), Occur.FILTER);
		}
		if (filter.domain() != null) {
			builder.add(new TermQuery(new Term(DOMAIN, filter.domain())), Occur.FILTER);
		}
		if (!filter.anyOfCities().isEmpty()) {
			BooleanQuery.Builder anyCity = new BooleanQuery.Builder();
			filter.anyOfCities().forEach((city) -> anyCity.add(new TermQuery(new Term(CITY, city)), Occur.SHOULD));
			builder.add(anyCity.setMinimumNumberShouldMatch(1).build(), Occur.FILTER);
		}
		return builder.build();
	}

	/** The best {@code limit} passages for {@code query}, by id and score. */
	static List<ScoredPassage> hits(IndexSearcher searcher, Query query, int limit) throws IOException {
		List<ScoredPassage> hits = new ArrayList<>();
		var stored = searcher.storedFields();
		for (ScoreDoc hit : searcher.search(query, limit).scoreDocs) {
			hits.add(new ScoredPassage(stored.document(hit.doc).get(ID), hit.score));
		}
		return hits;
	}

}
