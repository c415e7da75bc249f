package eu.agora.twinning;

import java.util.List;

/**
 * Port: who last changed a city's profile and who created a cohort, by person — for a
 * person's export and erasure.
 */
interface ProfileAuthors {

	/** Keys of the cities whose profile the person changed last. */
	List<String> profilesChangedBy(String personId);

	/** Names of the cohorts the person created. */
	List<String> cohortsCreatedBy(String personId);

	/** Puts {@code label} in the person's place. */
	void anonymise(String personId, String label);

}
