package eu.agora.discord;

/**
 * The Discord adapter could not connect at start-up; says what to check.
 */
class DiscordStartupException extends RuntimeException {

	private final String action;

	DiscordStartupException(String description, String action, Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	String action() {
		return action;
	}

}
