package eu.agora.knowledge.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The stored passages of the knowledge base's documents, each with its embedding.
 */
public interface Passages {

	/** The passages of the document's current generation, in reading order. */
	List<Passage> of(KnowledgeDocument document);

	/** Passages by id, in the order of {@code ids}; unknown ids are left out. */
	List<Passage> byIds(List<String> ids);

	/** Stores passages again whose embedding was recomputed. */
	void saveAll(Collection<Passage> passages);

	/**
	 * Removes every passage that is not of its document's current generation, given as
	 * document id to generation: what a crash during a replacement left behind.
	 */
	void removeStray(Map<String, String> currentGenerations);

}
