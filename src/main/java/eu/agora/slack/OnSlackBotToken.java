package eu.agora.slack;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The Slack adapter runs exactly when {@code SLACK_BOT_TOKEN} is set.
 */
class OnSlackBotToken implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		return StringUtils.hasText(context.getEnvironment().getProperty(SlackCredentials.BOT_TOKEN));
	}

}
