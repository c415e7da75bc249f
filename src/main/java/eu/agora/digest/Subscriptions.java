package eu.agora.digest;

import java.util.List;
import java.util.Optional;

/**
 * Port: the coordinators' digest settings.
 */
interface Subscriptions {

	Optional<DigestSettings> of(String personId);

	/** Every stored settings document. */
	List<DigestSettings> all();

	/**
	 * Stores {@code changed} if the stored one is still at {@code changed.version()} (or
	 * absent for version 0); {@code false} when someone changed it first.
	 */
	boolean save(DigestSettings changed);

	void remove(String personId);

}
