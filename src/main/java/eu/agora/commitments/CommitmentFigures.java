package eu.agora.commitments;

import java.util.Collection;
import java.util.Map;

/**
 * Port: how far cities are with their commitments — a readiness signal other features
 * (panel member suggestions, digests) use without reading the ledger.
 */
public interface CommitmentFigures {

	/**
	 * Per city key: its open commitments, and how many of them are in one of
	 * {@code domains}.
	 */
	Map<String, Readiness> byCity(Collection<String> domains);

	/**
	 * @param open open commitments (planned, in progress, at risk)
	 * @param inDomains of those, the ones in the asked domains
	 * @param achieved commitments achieved
	 * @param averageProgress average progress of the open ones, in percent
	 */
	record Readiness(long open, long inDomains, long achieved, int averageProgress) {
	}

}
