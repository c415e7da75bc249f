package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: requests to join a city or an organisation. A person has at most one pending
 * request of each kind (a unique key); asking again replaces what they asked for.
 */
interface MembershipRequests {

	/**
	 * Opens a pending request, or changes the scope of the person's pending request of
	 * the same kind; returns it.
	 */
	MembershipRequest open(String personId, String scope, Instant now);

	/**
	 * The person's pending request of the kind of {@code prefix} ({@code city:} or
	 * {@code org:}).
	 */
	Optional<MembershipRequest> pending(String personId, String prefix);

	Optional<MembershipRequest> byId(String id);

	/**
	 * Decides a pending request; {@code false} when it was no longer pending (decided by
	 * someone else in the meantime).
	 */
	boolean decide(String id, MembershipRequest.Status status, String decidedBy, Instant now);

	/** Every request of the person, pending or decided. */
	List<MembershipRequest> of(String personId);

	/**
	 * Deletes the person's requests and names {@code anonymousSubject} where they decided
	 * one.
	 */
	void erase(String personId, String anonymousSubject);

}
