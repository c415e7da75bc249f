package eu.agora.knowledge.ingestion;

import eu.agora.knowledge.search.KnowledgeDocument;

/**
 * What became of one file or text given to the knowledge base.
 */
public sealed interface IngestResult {

	/** The file's or text's name, as the user gave it. */
	String name();

	/** Stored and searchable; {@code replaced} when an earlier version was replaced. */
	record Ingested(String name, KnowledgeDocument document, boolean replaced) implements IngestResult {
	}

	/** Already stored with the same content: nothing done. */
	record Unchanged(String name, KnowledgeDocument document) implements IngestResult {
	}

	/** Not stored, and why, in words for the user. */
	record Skipped(String name, String reason) implements IngestResult {
	}

}
