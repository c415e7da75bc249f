package eu.agora.directory;

import java.util.List;
import java.util.Optional;

/**
 * Port: the people Agora knows.
 */
public interface People {

	Optional<Person> byId(String personId);

	/** People registered as officers of a city. */
	List<Person> officersOf(String cityKey);

}
