package eu.agora.storage;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a {@link DataDirectoryException} into Spring Boot's short "APPLICATION FAILED TO
 * START" report instead of a stack trace.
 */
class DataDirectoryFailureAnalyzer extends AbstractFailureAnalyzer<DataDirectoryException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, DataDirectoryException cause) {
		return new FailureAnalysis(cause.description() + ".", cause.action(), cause);
	}

}
