package eu.agora.panels;

import java.util.List;

/**
 * Port: the key points saved to sessions' rounds. The contributor is kept for privacy
 * requests and never shown.
 */
interface KeyPoints {

	void add(KeyPoint point);

	/** How many key points the session's round has. */
	long countIn(String sessionId, int round);

	/** The session's key points, in the order they were saved. */
	List<KeyPoint> of(String sessionId);

	/** Attributes everything {@code fromPersonId} saved to {@code toPersonId}. */
	void reattribute(String fromPersonId, String toPersonId);

}
