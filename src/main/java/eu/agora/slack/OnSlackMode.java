package eu.agora.slack;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Selects the beans of the effective {@link SlackProperties.Mode}: the configured
 * {@code agora.slack.mode}, or socket exactly when {@code SLACK_APP_TOKEN} is set — and
 * only when the adapter runs at all ({@code SLACK_BOT_TOKEN} set).
 */
abstract class OnSlackMode implements Condition {

	private final SlackProperties.Mode wanted;

	OnSlackMode(SlackProperties.Mode wanted) {
		this.wanted = wanted;
	}

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return new OnSlackBotToken().matches(context, metadata) && effective(context.getEnvironment()) == wanted;
	}

	static SlackProperties.Mode effective(Environment environment) {
		SlackProperties.Mode configured = Binder.get(environment)
			.bind("agora.slack.mode", SlackProperties.Mode.class)
			.orElse(null);
		if (configured != null) {
			return configured;
		}
		return SlackCredentials.from(environment).hasAppToken() ? SlackProperties.Mode.SOCKET
				: SlackProperties.Mode.HTTP;
	}

	static final class Http extends OnSlackMode {

		Http() {
			super(SlackProperties.Mode.HTTP);
		}

	}

	static final class Socket extends OnSlackMode {

		Socket() {
			super(SlackProperties.Mode.SOCKET);
		}

	}

}
