package eu.agora.storage;

/**
 * Named counters that hand out increasing numbers, for human-friendly ids such as
 * {@code C-17}. Each call is atomic across threads and processes sharing the database.
 */
public interface Sequences {

	/**
	 * Advances the named counter and returns its new value; the first call for a name
	 * returns {@code 1}.
	 * @param name the counter's name, e.g. {@code "commitment"}
	 * @return the next value, never reused for this name
	 */
	long next(String name);

}
