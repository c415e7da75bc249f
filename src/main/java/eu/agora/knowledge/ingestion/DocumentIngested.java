package eu.agora.knowledge.ingestion;

/**
 * Published after a document was stored and indexed (new or changed), so that open
 * knowledge gaps can be asked again.
 *
 * @param documentId the document's source key, e.g. {@code file:lodz.md}
 * @param title its title
 */
public record DocumentIngested(String documentId, String title) {
}
