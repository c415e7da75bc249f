package eu.agora.coordination;

import java.util.List;

import eu.agora.conversation.Caller;
import eu.agora.directory.City;

/**
 * Port: the scope tree EU &gt; country &gt; region &gt; city from the city directory,
 * with clusters of cities and panels as further scopes.
 */
public interface Scopes {

	/**
	 * The scope meant by what someone typed: {@code EU}, {@code country:PL} (or a
	 * country's name), {@code region:PL/Mazovia}, {@code cluster:<name>},
	 * {@code panel:<name>} or {@code city:<name>}.
	 * @throws eu.agora.conversation.UserError when there is no such scope
	 */
	Scope resolve(String typed);

	/** The cities of a scope, by name. */
	List<City> citiesIn(Scope scope);

	/** The scopes the caller coordinates, from their coordinator roles. */
	List<Scope> coordinatedBy(Caller caller);

	/**
	 * Whether the caller may follow {@code scope}: admins any; coordinators a scope whose
	 * cities all lie in a scope they coordinate, and any cluster or panel.
	 */
	boolean mayFollow(Caller caller, Scope scope);

}
