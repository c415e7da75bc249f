package eu.agora.storage;

import java.util.Map;

/**
 * Port: the last step of erasing a person — every string in every collection of Agora's
 * database is searched for the person's name, ids and platform ids, which are replaced
 * (as whole words, ignoring case) by an anonymous label; map keys too.
 */
public interface EveryCollection {

	/**
	 * Replaces each key of {@code replacements} by its value wherever it stands as a
	 * whole word in a stored string or map key.
	 * @return the number of documents changed
	 */
	long replaceEverywhere(Map<String, String> replacements);

	/** Whether any stored string holds one of {@code needles} as a whole word. */
	boolean holdsAny(Iterable<String> needles);

}
