package eu.agora.knowledge.search;

import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * {@link KnowledgeDocuments} in the collection {@code knowledge_documents}, their
 * passages through {@link MongoPassages}. A document is replaced in three steps — new
 * passages written, the document switched to their generation in one write, old passages
 * removed — so a crash at any point leaves either the old or the new document whole;
 * stray passages are swept at start ({@link Passages#removeStray}).
 */
@Component
class MongoKnowledgeDocuments implements KnowledgeDocuments {

	static final String COLLECTION = "knowledge_documents";

	private final MongoTemplate mongo;

	private final MongoPassages passages;

	MongoKnowledgeDocuments(MongoTemplate mongo, MongoPassages passages) {
		this.mongo = mongo;
		this.passages = passages;
	}

	@Override
	public Optional<KnowledgeDocument> document(String id) {
		return Optional.ofNullable(mongo.findById(id, KnowledgeDocument.class, COLLECTION));
	}

	@Override
	public List<KnowledgeDocument> all() {
		return mongo.findAll(KnowledgeDocument.class, COLLECTION);
	}

	@Override
	public void replace(KnowledgeDocument document, List<Passage> written) {
		passages.insertAll(written);
		mongo.save(document, COLLECTION);
		passages.removeOtherGenerations(document);
	}

	@Override
	public void remove(KnowledgeDocument document) {
		mongo.remove(Query.query(Criteria.where("_id").is(document.id())), COLLECTION);
		passages.removeAllOf(document.id());
	}

}
