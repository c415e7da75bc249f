package eu.agora.directory;

import java.time.Instant;
import java.util.Optional;

/**
 * Port: one-time codes that let a person prove, on a second platform, that both accounts
 * are theirs. Expired codes are ignored and swept (no reliance on TTL indexes).
 */
interface LinkCodes {

	/** Stores a code for {@code personId}; {@code false} when the code is taken. */
	boolean add(String code, String personId, Instant expiresAt);

	/** Removes the codes expired at {@code now}. */
	void sweepExpired(Instant now);

	/**
	 * Uses up {@code code} if it is still valid at {@code now}: the person it was issued
	 * to.
	 */
	Optional<String> redeem(String code, Instant now);

}
