package eu.agora.knowledge.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@link Passages} in the collection {@code knowledge_passages}, indexed by document and
 * generation. {@link MongoKnowledgeDocuments} writes and removes a document's passages
 * through it.
 */
@Component
class MongoPassages implements Passages, InitializingBean {

	static final String COLLECTION = "knowledge_passages";

	private final MongoTemplate mongo;

	MongoPassages(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		mongo.indexOps(COLLECTION)
			.createIndex(new Index().on("documentId", Sort.Direction.ASC).on("generation", Sort.Direction.ASC));
	}

	@Override
	public List<Passage> of(KnowledgeDocument document) {
		return mongo.find(
				Query.query(Criteria.where("documentId").is(document.id()).and("generation").is(document.generation()))
					.with(Sort.by("ordinal")),
				Passage.class, COLLECTION);
	}

	@Override
	public List<Passage> byIds(List<String> ids) {
		Map<String, Passage> found = mongo.find(Query.query(Criteria.where("_id").in(ids)), Passage.class, COLLECTION)
			.stream()
			.collect(Collectors.toMap(Passage::id, Function.identity()));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	@Override
	public void saveAll(Collection<Passage> passages) {
		passages.forEach((passage) -> mongo.save(passage, COLLECTION));
	}

	@Override
	public void removeStray(Map<String, String> currentGenerations) {
		Query owners = new Query();
		owners.fields().include("documentId", "generation");
		try (Stream<Document> all = mongo.stream(owners, Document.class, COLLECTION)) {
			List<Object> stray = all
				.filter((passage) -> !passage.getString("generation")
					.equals(currentGenerations.get(passage.getString("documentId"))))
				.map((passage) -> passage.get("_id"))
				.toList();
			if (!stray.isEmpty()) {
				mongo.remove(Query.query(Criteria.where("_id").in(stray)), COLLECTION);
			}
		}
	}

	void insertAll(List<Passage> passages) {
		if (!passages.isEmpty()) {
			mongo.insert(passages, COLLECTION);
		}
	}

	/** Removes the document's passages of other generations than its current one. */
	void removeOtherGenerations(KnowledgeDocument document) {
		mongo.remove(
				Query.query(Criteria.where("documentId").is(document.id()).and("generation").ne(document.generation())),
				COLLECTION);
	}

	void removeAllOf(String documentId) {
		mongo.remove(Query.query(Criteria.where("documentId").is(documentId)), COLLECTION);
	}

}
