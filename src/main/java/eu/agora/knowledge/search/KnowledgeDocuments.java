package eu.agora.knowledge.search;

import java.util.List;
import java.util.Optional;

/**
 * The documents of the knowledge base, the system of record the search index is built
 * from. A document is stored together with its passages: {@link #replace} leaves either
 * the old or the new version whole, whatever happens midway.
 */
public interface KnowledgeDocuments {

	/** The document stored under this source key, e.g. {@code file:lodz.md}. */
	Optional<KnowledgeDocument> document(String id);

	/** Every document, in no particular order. */
	List<KnowledgeDocument> all();

	/**
	 * Stores {@code document} with its {@code passages} (all of the document's
	 * generation), replacing any earlier version and its passages.
	 */
	void replace(KnowledgeDocument document, List<Passage> passages);

	/** Removes the document and its passages. */
	void remove(KnowledgeDocument document);

}
