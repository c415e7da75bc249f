package eu.agora.coordination;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: the broadcasts and their acknowledgements.
 */
interface Broadcasts {

	/** Stores a new broadcast, before it is sent. */
	void add(Broadcast broadcast);

	Optional<Broadcast> byId(String id);

	/** Records who could not be reached once sending is over. */
	void undelivered(String id, List<String> personIds);

	/**
	 * Records that a recipient acknowledged it; {@code false} when they are no recipient
	 * or acknowledged before (one atomic update, so twice never counts twice).
	 */
	boolean acknowledge(String id, String personId, Instant at);

	/** Broadcasts the person sent, received or acknowledged. */
	List<Broadcast> involving(String personId);

	/** Replaces the person's id by {@code subject} in every broadcast. */
	void anonymise(String personId, String subject);

}
