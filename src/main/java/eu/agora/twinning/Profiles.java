package eu.agora.twinning;

import java.util.List;
import java.util.Optional;

/**
 * Port: the cities' twinning profiles. Each change replaces the profile guarded by its
 * version, so two officers editing at once never lose one another's change.
 */
interface Profiles {

	Optional<Profile> of(String cityKey);

	List<Profile> all();

	/**
	 * Stores {@code changed} if the stored profile is still at {@code expectedVersion}
	 * ({@code 0}: there is none yet); {@code false} otherwise.
	 */
	boolean save(Profile changed, long expectedVersion);

	/** The profile, or an empty one not yet stored. */
	default Profile orEmpty(String cityKey) {
		return of(cityKey).orElseGet(() -> Profile.empty(cityKey));
	}

}
