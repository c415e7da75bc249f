package eu.agora.slack;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Slack settings ({@code agora.slack.*}). Tokens are not here: they come only from the
 * environment ({@code SLACK_BOT_TOKEN}, {@code SLACK_SIGNING_SECRET},
 * {@code SLACK_APP_TOKEN}).
 *
 * @param mode {@code http} (Slack posts to {@code /slack/events}) or {@code socket}
 * (Agora connects out over Socket Mode); left unset it is {@code socket} exactly when
 * {@code SLACK_APP_TOKEN} is set
 * @param apiUrl prefix of the Slack Web API methods, for tests and proxies
 * @param path where Slack's HTTP requests arrive in HTTP mode
 * @param eventMemory how long an event id is remembered to drop Slack's retries
 * @param maxBody the largest request body accepted in HTTP mode; larger ones get 413
 */
@Validated
@ConfigurationProperties("agora.slack")
record SlackProperties(@Nullable Mode mode, @NotBlank @DefaultValue("https://slack.com/api/") String apiUrl,
		@NotBlank @DefaultValue("/slack/events") String path, @NotNull @DefaultValue("1h") Duration eventMemory,
		@NotNull @DefaultValue("256KB") DataSize maxBody) {

	/** How Slack reaches Agora. */
	enum Mode {

		HTTP, SOCKET

	}

	/** The mode in effect: the configured one, or socket when an app token is given. */
	Mode effectiveMode(SlackCredentials credentials) {
		if (mode != null) {
			return mode;
		}
		return credentials.hasAppToken() ? Mode.SOCKET : Mode.HTTP;
	}

}
