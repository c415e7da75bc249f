package eu.agora.discord;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link DiscordStartupException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report.
 */
class DiscordStartupFailureAnalyzer extends AbstractFailureAnalyzer<DiscordStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DiscordStartupException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}

}
