package eu.agora.directory;

import java.util.List;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;

/**
 * Port: where each person belongs — their city, their organisation and the roles they
 * hold — as the directory's use cases change it. Each change is one single-document
 * update, guarded so that concurrent changes never lose one another.
 */
interface Affiliations {

	/** Sets the person's city and makes them its officer (replacing an earlier city). */
	void registerWithCity(String personId, String cityKey);

	/** Adds a role, replacing the same role held with another scope. */
	void grant(String personId, RoleGrant grant);

	void revoke(String personId, Role role);

	/**
	 * Gives the person a role as an admin grants it: an officer's grant registers them
	 * with its city, a partner's joins its organisation, any other role is added.
	 */
	default void apply(String personId, RoleGrant grant) {
		if (grant.role() == Role.OFFICER) {
			registerWithCity(personId, grant.scope().substring("city:".length()));
		}
		else if (grant.role() == Role.PARTNER) {
			joinOrganisation(personId, grant.scope().substring("org:".length()));
		}
		else {
			grant(personId, grant);
		}
	}

	/** Sets the person's organisation and makes them its partner representative. */
	void joinOrganisation(String personId, String organisationId);

	/**
	 * Joins {@code source} into {@code target}: the roles of both, the city and
	 * organisation the target lacks, then every identity of the source; the source is
	 * gone afterwards.
	 */
	void merge(Person source, Person target);

	/** Ends the person's membership of their city: no city, no officer role. */
	void leaveCity(String personId);

	/** Ends the person's membership of their organisation: none, no partner role. */
	void leaveOrganisation(String personId);

	/** Deletes the person and every identity they had (erasure). */
	void delete(String personId);

	/** The admins: people granted the role, and those configured by identity. */
	List<Person> admins();

}
