package eu.agora.commitments;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import eu.agora.conversation.Platform;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/** The directory's {@link People} in a map, for fast tests. */
class InMemoryPeople implements People {

	private final Map<String, Person> people = new LinkedHashMap<>();

	/** Adds an officer of {@code cityKey}. */
	InMemoryPeople officer(String id, String name, String cityKey) {
		people.put(id, new Person(id, name, List.of("shell:" + name.toLowerCase(Locale.ROOT)), cityKey, null,
				Set.of(new RoleGrant(Role.OFFICER, "city:" + cityKey)), Instant.EPOCH));
		return this;
	}

	@Override
	public Optional<Person> byId(String personId) {
		return Optional.ofNullable(people.get(personId));
	}

	@Override
	public List<Person> officersOf(String cityKey) {
		return people.values().stream().filter((person) -> cityKey.equals(person.cityKey())).toList();
	}

	@Override
	public List<Person> coordinatorsOf(City city) {
		return List.of();
	}

	@Override
	public Person resolve(String reference, Platform platform) {
		return people.values()
			.stream()
			.filter((person) -> person.id().equals(reference) || person.displayName().equalsIgnoreCase(reference))
			.findFirst()
			.orElseThrow(() -> new UserError("I don't know anyone called `" + reference + "`."));
	}

}
