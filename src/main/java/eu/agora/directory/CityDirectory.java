package eu.agora.directory;

import java.util.List;
import java.util.Optional;

/**
 * Port: the cities Agora knows, found by any common spelling of their names.
 */
public interface CityDirectory {

	/**
	 * The city called {@code name} — forgiving case, diacritics, local and English names.
	 * @throws eu.agora.conversation.UserError when the name is unknown or ambiguous, with
	 * suggestions
	 */
	City resolve(String name);

	Optional<City> byKey(String key);

	/** The city's name, or the key itself when no such city is known. */
	default String nameOf(String key) {
		return byKey(key).map(City::name).orElse(key);
	}

	/** All cities, by name. */
	List<City> all();

}
