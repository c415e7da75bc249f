package eu.agora.directory;

import java.util.List;
import java.util.Optional;

import eu.agora.conversation.Platform;

/**
 * Port: the people Agora knows.
 */
public interface People {

	Optional<Person> byId(String personId);

	/** The person's display name, or the id itself when no such person is known. */
	default String nameOf(String personId) {
		return byId(personId).map(Person::displayName).orElse(personId);
	}

	/** People registered as officers of a city. */
	List<Person> officersOf(String cityKey);

	/** Coordinators whose scope covers the city: the EU, its country or its region. */
	List<Person> coordinatorsOf(City city);

	/**
	 * The person meant by what someone typed: a mention ({@code <@U024BE7LH>}), an Agora
	 * id ({@code P-12}) or a user name on {@code platform}.
	 * @throws eu.agora.conversation.UserError when nobody matches
	 */
	Person resolve(String reference, Platform platform);

}
