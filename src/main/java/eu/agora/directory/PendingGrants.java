package eu.agora.directory;

import java.util.List;
import java.util.Optional;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;

/**
 * Port: roles an admin granted to a platform account that has not written to Agora yet.
 * Each waits under the account's identity ({@code shell:ola}, {@code slack:U024BE7LH})
 * until that account first writes, when it becomes the new person's role.
 */
interface PendingGrants {

	/**
	 * Holds {@code grant} for {@code identity}, replacing a waiting grant of the same
	 * role.
	 */
	void hold(String identity, RoleGrant grant, String grantedBy);

	/** Removes and returns every grant waiting for {@code identity}, oldest first. */
	List<RoleGrant> take(String identity);

	/**
	 * Cancels the grant of {@code role} waiting for {@code identity}; the cancelled
	 * grant, or none when no such grant waits.
	 */
	Optional<PendingGrant> cancel(String identity, Role role);

}
