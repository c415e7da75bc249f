package eu.agora.commitments;

import java.util.List;
import java.util.Optional;

/**
 * Port: the current state of every commitment, as the {@link Ledger} derived it from the
 * events. Only the ledger writes here; it also repairs what it reads.
 */
interface Commitments {

	Optional<Commitment> byId(String id);

	/** The commitments {@code filter} lets through, ordered by id. */
	List<Commitment> matching(CommitmentFilter filter);

	/** Stores a new commitment; {@code false} when its city already has its title. */
	boolean add(Commitment fresh);

	/**
	 * Replaces the state with {@code after} if it is still at {@code expectedVersion};
	 * {@code false} when someone else changed it first.
	 */
	boolean replace(Commitment after, long expectedVersion);

	/** Replaces the state with {@code fromEvent} if the stored one is older. */
	void repair(Commitment fromEvent);

}
