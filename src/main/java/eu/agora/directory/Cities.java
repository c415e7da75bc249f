package eu.agora.directory;

/**
 * Port: the stored cities, as the directory's own use cases change them; others read them
 * through {@link CityDirectory}.
 */
interface Cities extends CityDirectory {

	/** Whether no city is stored yet (the first start). */
	boolean isEmpty();

	/** Stores a new city; {@code false} when one with its key exists. */
	boolean add(City city);

	/** Stores {@code city} as given, replacing the one with its key. */
	Stored put(City city);

	/** What {@link #put(City)} did. */
	enum Stored {

		ADDED, UPDATED, UNCHANGED

	}

}
