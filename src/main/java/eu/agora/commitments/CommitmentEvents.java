package eu.agora.commitments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Port: the append-only history of every commitment. An event's id ({@code C-17#3}) is
 * unique, so two concurrent changes never both become the same event.
 */
interface CommitmentEvents {

	/** Appends {@code event}; {@code false} when an event with its id exists already. */
	boolean append(CommitmentEvent event);

	/**
	 * Takes back an event whose state could not be stored (a new commitment whose title
	 * was taken meanwhile) — the only removal.
	 */
	void withdraw(String eventId);

	/** The commitment's events, oldest first. */
	List<CommitmentEvent> of(String commitmentId);

	/** The commitment's latest event, if it is newer than {@code version}. */
	Optional<CommitmentEvent> latestAfter(String commitmentId, long version);

	/** The sequence number of each commitment's latest event. */
	Map<String, Long> lastSequences(Collection<String> commitmentIds);

	/**
	 * The events recorded in {@code [from, to)} for commitments of {@code cityKeys},
	 * oldest first, for reports: a store may leave out the actor and every field of
	 * {@code after} but its city, title, status, progress and awaiting re-affirmation.
	 */
	List<CommitmentEvent> between(Collection<String> cityKeys, Instant from, Instant to);

}
