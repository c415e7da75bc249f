package eu.agora.directory;

import java.util.Optional;

/**
 * Port: the sectoral partner organisations Agora knows.
 */
public interface OrganisationDirectory {

	Optional<Organisation> byId(String id);

	/**
	 * The organisation called {@code name} (or with that id).
	 * @throws eu.agora.conversation.UserError when unknown, with suggestions
	 */
	Organisation resolve(String name);

}
