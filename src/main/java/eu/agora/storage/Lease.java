package eu.agora.storage;

import java.time.Instant;

/**
 * A lease as {@link Leases} granted or renewed it.
 *
 * @param name what the lease is for, e.g. {@code discord-gateway}
 * @param holder the instance that holds it
 * @param version the fencing token: it grows by one with every new tenure, so a holder
 * that lost the lease cannot renew it even if it takes the same holder id
 * @param expiresAt when another instance may take it unless it is renewed
 */
public record Lease(String name, String holder, long version, Instant expiresAt) {

}
