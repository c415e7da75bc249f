package eu.agora.digest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;
import eu.agora.coordination.Scope;
import eu.agora.coordination.Scopes;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Who receives which digests: every coordinator, for each scope they coordinate and each
 * panel or cluster they follow.
 */
@Component
class Recipients {

	private final People people;

	private final CityDirectory cities;

	private final Scopes scopes;

	private final Subscriptions subscriptions;

	Recipients(People people, CityDirectory cities, Scopes scopes, Subscriptions subscriptions) {
		this.people = people;
		this.cities = cities;
		this.scopes = scopes;
		this.subscriptions = subscriptions;
	}

	/** Every coordinator with their settings (defaults where none are stored). */
	List<Recipient> all() {
		Map<String, Person> coordinators = new LinkedHashMap<>();
		cities.all().forEach((city) -> people.coordinatorsOf(city).forEach((p) -> coordinators.putIfAbsent(p.id(), p)));
		subscriptions.all()
			.forEach((settings) -> people.byId(settings.personId())
				.ifPresent((p) -> coordinators.putIfAbsent(p.id(), p)));
		List<Recipient> all = new ArrayList<>();
		for (Person person : coordinators.values()) {
			DigestSettings settings = subscriptions.of(person.id()).orElse(DigestSettings.defaults(person.id()));
			all.add(new Recipient(person.id(), scopesOf(caller(person), settings), settings));
		}
		return all;
	}

	/** The caller's own scopes and those they follow, without repeats. */
	List<Scope> scopesOf(Caller caller, DigestSettings settings) {
		List<Scope> all = new ArrayList<>(scopes.coordinatedBy(caller));
		for (String followed : settings.follows()) {
			try {
				Scope scope = scopes.resolve(followed);
				if (!all.contains(scope)) {
					all.add(scope);
				}
			}
			catch (UserError gone) {
				// a panel archived or a cluster removed since: nothing left to follow
			}
		}
		return all;
	}

	static Caller caller(Person person) {
		return new Caller(person.id(), person.displayName(), person.roles(), person.cityKey(), person.organisationId());
	}

	/** One coordinator's digests. */
	record Recipient(String personId, List<Scope> scopes, DigestSettings settings) {

		Recipient {
			scopes = List.copyOf(scopes);
		}

	}

}
