package eu.agora.commitments;

import java.time.Instant;

/**
 * Port: the reminders that were sent. A reminder is claimed under its id (commitment and
 * kind, e.g. {@code C-17:deadline-7}) before it is sent, so each is sent once.
 */
interface SentReminders {

	/** Claims reminder {@code id}; {@code false} when it was claimed before. */
	boolean claim(String id, String commitmentId, String kind, Instant at);

	/** Gives a claim back after the reminder could not be delivered. */
	void release(String id);

	/**
	 * How many reminders other than escalations were sent for the commitment after
	 * {@code since}.
	 */
	long sentAfter(String commitmentId, Instant since);

}
