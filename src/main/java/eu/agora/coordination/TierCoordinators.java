package eu.agora.coordination;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.directory.City;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Who answers at each tier above a city, and how long a tier has.
 */
@Component
class TierCoordinators {

	/** Due date of a question at the EU tier, the top: it never moves on. */
	static final Instant NEVER = Instant.parse("9999-12-31T00:00:00Z");

	private final People people;

	private final CoordinationProperties properties;

	TierCoordinators(People people, CoordinationProperties properties) {
		this.people = people;
		this.properties = properties;
	}

	/** The coordinators of {@code tier} above {@code city}. */
	List<Person> at(Tier tier, City city) {
		return people.coordinatorsOf(city)
			.stream()
			.filter((person) -> person.roles().stream().anyMatch((grant) -> covers(grant, tier, city)))
			.toList();
	}

	/**
	 * The lowest tier from {@code from} up that has a coordinator; the EU when none has.
	 */
	Tier nearest(Tier from, City city) {
		Optional<Tier> tier = Optional.of(from);
		while (tier.isPresent()) {
			if (tier.get() == Tier.EU || !at(tier.get(), city).isEmpty()) {
				return tier.get();
			}
			tier = tier.get().above();
		}
		return Tier.EU;
	}

	/** When a question arriving at {@code tier} at {@code now} moves on by itself. */
	Instant dueAt(Tier tier, Instant now, City city) {
		if (tier == Tier.EU) {
			return NEVER;
		}
		return WorkingDays.after(now, properties.workingDaysAt(tier), zone(city));
	}

	int workingDaysAt(Tier tier) {
		return properties.workingDaysAt(tier);
	}

	private static ZoneId zone(City city) {
		try {
			return ZoneId.of(city.timeZone());
		}
		catch (RuntimeException unreadable) {
			return ZoneId.of("UTC");
		}
	}

	private static boolean covers(RoleGrant grant, Tier tier, City city) {
		if (grant.role() != Role.COORDINATOR) {
			return false;
		}
		String scope = grant.scope().toLowerCase(Locale.ROOT);
		return switch (tier) {
			case EU -> RoleGrant.EU.equalsIgnoreCase(scope);
			case COUNTRY -> scope.equals("country:" + city.country().toLowerCase(Locale.ROOT));
			case REGION -> !city.region().isBlank() && (NameFolding.same(grant.scope(), ScopeTree.regionKey(city))
					|| NameFolding.same(grant.scope(), "region:" + city.region()));
		};
	}

}
