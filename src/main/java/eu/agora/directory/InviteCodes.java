package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Port: one-time invite codes to join a city at once. A code is used up by its first
 * redemption; expired codes are ignored and swept (no reliance on TTL indexes).
 */
interface InviteCodes {

	/** Stores a code for the city; {@code false} when the code is taken. */
	boolean add(String code, String cityKey, String issuedBy, Instant expiresAt);

	/**
	 * Uses up {@code code} for {@code cityKey} if it is still valid at {@code now}; the
	 * person who issued it.
	 */
	Optional<String> redeem(String code, String cityKey, Instant now);

	/** Removes the codes expired at {@code now}. */
	void sweepExpired(Instant now);

	/** The unused codes {@code personId} issued, as {@code code → city}. */
	List<String> issuedBy(String personId);

	/** Names {@code anonymousSubject} as the issuer of the person's codes. */
	void anonymise(String personId, String anonymousSubject);

}
