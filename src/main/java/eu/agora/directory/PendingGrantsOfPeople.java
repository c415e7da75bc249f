package eu.agora.directory;

import java.util.Collection;
import java.util.List;

/**
 * Port: the waiting grants as personal data, for a person's export and erasure: those
 * waiting for one of their accounts and those they granted.
 */
interface PendingGrantsOfPeople {

	/** Grants waiting for any of {@code identities}, oldest first. */
	List<PendingGrant> waitingFor(Collection<String> identities);

	/** Grants {@code personId} made that still wait, oldest first. */
	List<PendingGrant> grantedBy(String personId);

	/**
	 * Deletes the grants waiting for {@code identities} and puts {@code anonymousSubject}
	 * in place of {@code personId} where they granted one. Idempotent.
	 */
	void erase(Collection<String> identities, String personId, String anonymousSubject);

}
