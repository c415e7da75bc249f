package eu.agora.directory;

import java.util.List;

/**
 * Port: the stored cities, as the directory's own use cases change them; others read them
 * through {@link CityDirectory}.
 */
interface Cities extends CityDirectory {

	/** Whether no city is stored yet (the first start). */
	boolean isEmpty();

	/** Stores a new city; {@code false} when one with its key exists. */
	boolean add(City city);

	/**
	 * Stores each of {@code cities} as given, replacing the ones with their keys, in one
	 * write.
	 * @return what happened to each city, in the order given
	 */
	List<Stored> putAll(List<City> cities);

	/** What {@link #putAll(List)} did to a city. */
	enum Stored {

		ADDED, UPDATED, UNCHANGED

	}

}
