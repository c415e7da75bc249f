package eu.agora.storage;

import java.time.Duration;
import java.util.Optional;

/**
 * Named leases shared by every instance over one database: at most one instance holds a
 * lease until it expires, taken and renewed by single-document conditional updates.
 * Expiry times are compared on the instances' clocks, which must agree to well within a
 * lease's length (NTP).
 */
public interface Leases {

	/**
	 * Takes the lease for {@code holder} when it is free, expired or already this
	 * holder's (a new tenure, with a new version).
	 * @return the lease, or empty when another holder has it
	 */
	Optional<Lease> acquire(String name, String holder, Duration length);

	/**
	 * Extends the tenure {@code lease} by {@code length} from now.
	 * @return the renewed lease, or empty when this tenure is over (taken by another, or
	 * a newer one)
	 */
	Optional<Lease> renew(Lease lease, Duration length);

	/** Ends the tenure at once, so that another instance can take the lease. */
	void release(Lease lease);

	/** The lease's latest state, held or expired; empty when it was never taken. */
	Optional<Lease> current(String name);

}
