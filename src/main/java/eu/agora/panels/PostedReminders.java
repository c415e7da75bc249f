package eu.agora.panels;

import java.time.Instant;

/**
 * Port: the session reminders posted. A reminder is claimed under its id (session and
 * kind, e.g. {@code S-3:24h}) before it is posted, so it is posted once.
 */
interface PostedReminders {

	/** Claims reminder {@code id}; {@code false} when it was claimed before. */
	boolean claim(String id, String sessionId, Instant at);

	/** Gives a claim back after the reminder reached no channel. */
	void release(String id);

}
