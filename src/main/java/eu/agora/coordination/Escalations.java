package eu.agora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the escalated questions.
 */
interface Escalations {

	/** Stores a new escalation. */
	void add(Escalation escalation);

	Optional<Escalation> byId(String id);

	/** The open escalations, oldest first. */
	List<Escalation> open();

	/** Open escalations below the EU whose time at their tier ran out by {@code now}. */
	List<Escalation> dueBy(Instant now);

	/**
	 * Replaces the escalation if it is still at {@code expectedVersion}; {@code false}
	 * when someone else changed it first.
	 */
	boolean replace(Escalation changed, long expectedVersion);

	/** Escalations asked by, moved by or answered by the person. */
	List<Escalation> involving(String personId);

}
