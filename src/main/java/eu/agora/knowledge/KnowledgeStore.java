package eu.agora.knowledge;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * MongoDB, the knowledge base's system of record: documents and their passages. A
 * document is replaced in three steps — new passages written, the document switched to
 * their generation in one write, old passages removed — so a crash at any point leaves
 * either the old or the new document whole; stray passages are swept at start.
 */
@Component
class KnowledgeStore implements InitializingBean {

	private static final String PASSAGES = "knowledge_passages";

	private final MongoTemplate mongo;

	KnowledgeStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		mongo.indexOps(Passage.class)
			.createIndex(new Index().on("documentId", Sort.Direction.ASC).on("generation", Sort.Direction.ASC));
	}

	Optional<KnowledgeDocument> document(String id) {
		return Optional.ofNullable(mongo.findById(id, KnowledgeDocument.class));
	}

	List<KnowledgeDocument> documents() {
		return mongo.findAll(KnowledgeDocument.class);
	}

	long documentCount() {
		return mongo.count(new Query(), KnowledgeDocument.class);
	}

	/** Writes {@code document} with {@code passages} (all of its generation) whole. */
	void replace(KnowledgeDocument document, List<Passage> passages) {
		if (!passages.isEmpty()) {
			mongo.insertAll(passages);
		}
		mongo.save(document);
		removeOtherGenerations(document);
	}

	/** Removes the document and its passages. */
	void remove(KnowledgeDocument document) {
		mongo.remove(Query.query(Criteria.where("_id").is(document.id())), KnowledgeDocument.class);
		mongo.remove(Query.query(Criteria.where("documentId").is(document.id())), Passage.class);
	}

	/** Passages of the documents' current generations. */
	List<Passage> passagesOf(KnowledgeDocument document) {
		return mongo.find(
				Query.query(Criteria.where("documentId").is(document.id()).and("generation").is(document.generation()))
					.with(Sort.by("ordinal")),
				Passage.class);
	}

	/** Passages by id, in the order of {@code ids}; unknown ids are left out. */
	List<Passage> passages(List<String> ids) {
		Map<String, Passage> found = mongo.find(Query.query(Criteria.where("_id").in(ids)), Passage.class)
			.stream()
			.collect(Collectors.toMap(Passage::id, Function.identity()));
		return ids.stream().map(found::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Saves passages whose embedding was recomputed. */
	void saveAll(Collection<Passage> passages) {
		passages.forEach(mongo::save);
	}

	/**
	 * Removes passages that no document's current generation owns: left over by a crash
	 * during a replacement.
	 */
	void sweep() {
		Map<String, String> current = documents().stream()
			.collect(Collectors.toMap(KnowledgeDocument::id, KnowledgeDocument::generation));
		Query owners = new Query();
		owners.fields().include("documentId", "generation");
		try (Stream<org.bson.Document> all = mongo.stream(owners, org.bson.Document.class, PASSAGES)) {
			List<Object> stray = all.filter(
					(passage) -> !passage.getString("generation").equals(current.get(passage.getString("documentId"))))
				.map((passage) -> passage.get("_id"))
				.toList();
			if (!stray.isEmpty()) {
				mongo.remove(Query.query(Criteria.where("_id").in(stray)), Passage.class);
			}
		}
	}

	private void removeOtherGenerations(KnowledgeDocument document) {
		mongo.remove(
				Query.query(Criteria.where("documentId").is(document.id()).and("generation").ne(document.generation())),
				Passage.class);
	}

}
