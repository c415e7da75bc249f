package eu.agora.storage;

/**
 * Thrown at start-up when the embedded store cannot open its file or port; carries what
 * went wrong and what to do about it.
 */
class StorageStartupException extends RuntimeException {

	private final String description;

	private final String action;

	StorageStartupException(String description, String action, Throwable cause) {
		super(description + ". " + action, cause);
		this.description = description;
		this.action = action;
	}

	String description() {
		return this.description;
	}

	String action() {
		return this.action;
	}

}
