package eu.agora.slack;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Actuator health {@code slack}: up when the bot token is valid (HTTP mode) or the Socket
 * Mode connection is open.
 */
class SlackHealthIndicator extends AbstractHealthIndicator {

	private final SlackConnection connection;

	SlackHealthIndicator(SlackConnection connection) {
		this.connection = connection;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		builder.status(connection.isUp() ? "UP" : "DOWN")
			.withDetail("mode", connection.mode().name().toLowerCase(Locale.ROOT))
			.withDetail("state", connection.state().name().toLowerCase(Locale.ROOT))
			.withDetail("since", connection.since().toString());
		detailIfKnown(builder, "team", connection.team());
		detailIfKnown(builder, "botUser", connection.botUser());
	}

	private static void detailIfKnown(Health.Builder builder, String key, @Nullable String value) {
		if (value != null) {
			builder.withDetail(key, value);
		}
	}

}
