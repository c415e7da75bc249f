package eu.agora.knowledge.search;

/**
 * Where a document came from.
 */
public enum DocumentKind {

	/** A file ingested from the command line or attached in chat. */
	FILE,

	/** A starter page from {@code config/knowledge/}. */
	STARTER,

	/** A City Panel's published outcome. */
	PANEL_OUTCOME,

	/** A moderator's answer to a knowledge gap. */
	VERIFIED_ANSWER

}
