package eu.agora.knowledge.documents;

/**
 * Thrown when a file cannot become a document, with a user-facing message that names the
 * file, says what is wrong and how to fix it.
 */
public class UnreadableDocumentException extends Exception {

	UnreadableDocumentException(String message) {
		super(message);
	}

}
