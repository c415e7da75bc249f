package eu.agora.digest;

import java.time.Instant;
import java.util.List;

/**
 * Port: which digests were claimed for sending, one per (person, scope, ISO week). A
 * claim is taken before the digest is sent, so two instances, or one restarted, never
 * send the same week twice.
 */
interface DeliveryClaims {

	/** Whether the key was claimed already. */
	boolean claimed(String key);

	/** Claims the key; {@code false} when someone claimed it first. */
	boolean claim(Claim claim);

	/** Records how the claimed digest ended: {@code sent} or {@code skipped (empty)}. */
	void settle(String key, String outcome);

	/** Gives a claim back after nothing could be delivered, so the next run retries. */
	void release(String key);

	List<Claim> of(String personId);

	void removeAllOf(String personId);

	/**
	 * A claimed digest.
	 *
	 * @param key {@code personId|scopeKey|2026-W02}
	 * @param outcome {@code claimed}, {@code sent} or {@code skipped (empty)}
	 */
	record Claim(String key, String personId, String scopeKey, String week, Instant at, String outcome) {

		static String key(String personId, String scopeKey, String week) {
			return personId + "|" + scopeKey + "|" + week;
		}

	}

}
