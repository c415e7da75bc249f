package eu.agora.slack;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link SlackStartupException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report naming the variable to fix.
 */
class SlackStartupFailureAnalyzer extends AbstractFailureAnalyzer<SlackStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, SlackStartupException cause) {
		return new FailureAnalysis(cause.getMessage() + ".", cause.action(), cause);
	}

}
