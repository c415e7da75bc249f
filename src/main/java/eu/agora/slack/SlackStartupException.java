package eu.agora.slack;

import org.jspecify.annotations.Nullable;

/**
 * The Slack adapter cannot start: a variable is missing or Slack rejected a token.
 */
class SlackStartupException extends RuntimeException {

	private final String action;

	SlackStartupException(String description, String action, @Nullable Throwable cause) {
		super(description, cause);
		this.action = action;
	}

	static SlackStartupException missing(String variable, String what) {
		return new SlackStartupException("The Slack adapter needs " + variable + ", " + what + ", and it is not set",
				"Set the environment variable " + variable
						+ " (see docs/SLACK.md), or unset SLACK_BOT_TOKEN to run without Slack.",
				null);
	}

	static SlackStartupException rejected(String variable, @Nullable String error, @Nullable Throwable cause) {
		return new SlackStartupException("Slack rejected " + variable + " (" + error + ")",
				"Check " + variable + " in the app's settings at https://api.slack.com/apps and set it again.", cause);
	}

	String action() {
		return action;
	}

}
