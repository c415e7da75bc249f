package eu.agora.discord;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Matches when {@code DISCORD_TOKEN} is set to a non-blank value.
 */
class DiscordTokenCondition extends SpringBootCondition {

	static final String TOKEN = "DISCORD_TOKEN";

	@Override
	public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
		String token = context.getEnvironment().getProperty(TOKEN);
		return (token != null && !token.isBlank()) ? ConditionOutcome.match(TOKEN + " is set")
				: ConditionOutcome.noMatch(TOKEN + " is not set");
	}

}
