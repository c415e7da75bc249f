package eu.agora.directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Role;

/**
 * Who may let someone into a city or an organisation, and so who is asked: the city's
 * approved officers (an organisation's approved representatives), the coordinators whose
 * scope holds the city, and the admins.
 */
@Component
class Approvers {

	private final People people;

	private final Affiliations affiliations;

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	Approvers(People people, Affiliations affiliations, CityDirectory cities, OrganisationDirectory organisations) {
		this.people = people;
		this.affiliations = affiliations;
		this.cities = cities;
		this.organisations = organisations;
	}

	/**
	 * Whether the caller may approve, decline, invite to or remove from {@code scope}.
	 */
	boolean mayDecide(Caller caller, String scope) {
		if (caller.isAdmin()) {
			return true;
		}
		String target = scope.substring(scope.indexOf(':') + 1);
		if (scope.startsWith(MembershipRequest.CITY)) {
			return (caller.has(Role.OFFICER) && target.equals(caller.cityKey())) || coordinates(caller, target);
		}
		boolean representative = caller.has(Role.PARTNER) && target.equals(caller.organisationId());
		return representative || cityOf(target).map((city) -> coordinates(caller, city)).orElse(false);
	}

	/** The people to ask about a request to join {@code scope}, without duplicates. */
	List<Person> of(String scope) {
		Map<String, Person> asked = new LinkedHashMap<>();
		String target = scope.substring(scope.indexOf(':') + 1);
		if (scope.startsWith(MembershipRequest.CITY)) {
			people.officersOf(target).forEach((person) -> asked.put(person.id(), person));
			cities.byKey(target).ifPresent((city) -> coordinatorsOf(city, asked));
		}
		else {
			cityOf(target).flatMap(cities::byKey).ifPresent((city) -> coordinatorsOf(city, asked));
		}
		affiliations.admins().forEach((person) -> asked.put(person.id(), person));
		return List.copyOf(asked.values());
	}

	/** How a scope reads: {@code Seville} or {@code Acme Energy}. */
	String nameOf(String scope) {
		String target = scope.substring(scope.indexOf(':') + 1);
		return scope.startsWith(MembershipRequest.CITY) ? cities.nameOf(target)
				: organisations.byId(target).map(Organisation::name).orElse(target);
	}

	private void coordinatorsOf(City city, Map<String, Person> asked) {
		people.coordinatorsOf(city).forEach((person) -> asked.put(person.id(), person));
	}

	private Optional<String> cityOf(String organisationId) {
		return organisations.byId(organisationId).map(Organisation::cityKey);
	}

	private boolean coordinates(Caller caller, String cityKey) {
		return cities.byKey(cityKey)
			.map((city) -> caller.roles()
				.stream()
				.anyMatch((grant) -> grant.role() == Role.COORDINATOR && city.isCoveredBy(grant.scope())))
			.orElse(false);
	}

}
