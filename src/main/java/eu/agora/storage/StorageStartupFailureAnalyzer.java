package eu.agora.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link StorageStartupException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report instead of a stack trace.
 */
class StorageStartupFailureAnalyzer extends AbstractFailureAnalyzer<StorageStartupException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, StorageStartupException cause) {
		return new FailureAnalysis(cause.description() + ".", cause.action(), cause);
	}

}
