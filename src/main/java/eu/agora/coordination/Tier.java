package eu.agora.coordination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import eu.agora.directory.City;

/**
 * The levels above a city that a question climbs: region, then country, then the EU.
 */
enum Tier {

	REGION("regional"), COUNTRY("national"), EU("EU");

	private final String adjective;

	Tier(String adjective) {
		this.adjective = adjective;
	}

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	String adjective() {
		return adjective;
	}

	/** The next tier up, empty at the EU. */
	Optional<Tier> above() {
		return (this == EU) ? Optional.empty() : Optional.of(values()[ordinal() + 1]);
	}

	/** The scope of this tier above {@code city}. */
	Scope scopeAbove(City city) {
		return switch (this) {
			case REGION -> new Scope(Scope.Kind.REGION, ScopeTree.regionKey(city), city.region());
			case COUNTRY -> new Scope(Scope.Kind.COUNTRY, "country:" + city.country(), city.countryName());
			case EU -> Scope.EU;
		};
	}

	static Optional<Tier> parse(String text) {
		return Arrays.stream(values()).filter((tier) -> tier.id().equalsIgnoreCase(text.strip())).findFirst();
	}

}
