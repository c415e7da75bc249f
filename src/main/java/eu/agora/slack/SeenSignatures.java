package eu.agora.slack;

import java.time.Instant;

/**
 * Port: the signatures of the Slack requests already accepted, so that a request sent
 * again within its validity window is refused — by every instance, since they share the
 * store.
 */
interface SeenSignatures {

	/**
	 * Claims {@code signature} until {@code expiresAt}; {@code false} when it was claimed
	 * already and has not expired.
	 */
	boolean claim(String signature, Instant now, Instant expiresAt);

}
