package eu.agora.slack;

import org.jspecify.annotations.Nullable;

import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * The secrets, read only from the environment (or an equivalent property source).
 */
record SlackCredentials(@Nullable String botToken, @Nullable String signingSecret, @Nullable String appToken) {

	static final String BOT_TOKEN = "SLACK_BOT_TOKEN";

	static final String SIGNING_SECRET = "SLACK_SIGNING_SECRET";

	static final String APP_TOKEN = "SLACK_APP_TOKEN";

	static SlackCredentials from(Environment environment) {
		return new SlackCredentials(environment.getProperty(BOT_TOKEN), environment.getProperty(SIGNING_SECRET),
				environment.getProperty(APP_TOKEN));
	}

	boolean hasAppToken() {
		return StringUtils.hasText(appToken);
	}

	/** Fails with a message naming the missing variable for the given mode. */
	SlackCredentials require(SlackProperties.Mode mode) {
		if (!StringUtils.hasText(botToken)) {
			throw SlackStartupException.missing(BOT_TOKEN, "the bot token (xoxb-…)");
		}
		if (mode == SlackProperties.Mode.HTTP && !StringUtils.hasText(signingSecret)) {
			throw SlackStartupException.missing(SIGNING_SECRET,
					"the signing secret that HTTP mode checks every request with");
		}
		if (mode == SlackProperties.Mode.SOCKET && !hasAppToken()) {
			throw SlackStartupException.missing(APP_TOKEN, "the app-level token (xapp-…) Socket Mode connects with");
		}
		return this;
	}

	@Override
	public String toString() {
		return "SlackCredentials[hidden]";
	}

}
