package eu.agora.directory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.UserError;

/**
 * Adds a European city that is not one of the Mission Cities, so that its officers can
 * join panels and log commitments. Re-importing the city list keeps it.
 */
@Component
class AddingCities {

	private final Cities cities;

	AddingCities(Cities cities) {
		this.cities = cities;
	}

	City add(String name, String country, @Nullable String localName, @Nullable String region,
			@Nullable String timeZone, @Nullable String wantedKey) {
		String normalized = CityNames.normalize(name);
		if (normalized.isEmpty() || name.length() > 80) {
			throw new UserError("A city's name has letters and at most 80 characters.");
		}
		String key = (wantedKey != null) ? checkedKey(wantedKey)
				: normalized.replace(' ', '_') + "_" + country.toLowerCase(Locale.ROOT);
		cities.all()
			.stream()
			.filter((city) -> city.country().equals(country) && (CityNames.normalize(city.name()).equals(normalized)
					|| CityNames.normalize(city.localName()).equals(normalized)))
			.findFirst()
			.ifPresent((known) -> {
				throw new UserError(known.name() + " (" + country + ") is already in the directory.");
			});
		List<City> sameCountry = cities.all().stream().filter((city) -> city.country().equals(country)).toList();
		String zone = (timeZone != null) ? timeZone
				: sameCountry.stream()
					.map(City::timeZone)
					.findFirst()
					.orElseThrow(() -> new UserError(
							"Give the city's time zone, e.g. `tz:Europe/Lisbon`: Agora knows no other city in "
									+ country + "."));
		List<String> languages = sameCountry.stream().findFirst().map(City::languages).orElse(List.of());
		if (wantedKey == null) {
			refuseSpellingOfAnotherCity(name, normalized, country);
		}
		// the defaults City also applies: the name as local name, no region
		City city = new City(key, name, (localName != null) ? localName : name, List.of(), country,
				(region != null) ? region : "", MissionStatus.EUROPEAN_CITY, languages, zone);
		if (!cities.add(city)) {
			throw new UserError(name + " (" + country + ") is already in the directory.");
		}
		return city;
	}

	/**
	 * A name that is already a spelling of a city elsewhere would make that name
	 * ambiguous for everyone who uses it today: it needs a key of its own.
	 */
	private void refuseSpellingOfAnotherCity(String name, String normalized, String country) {
		String suggested = normalized.replace(' ', '_') + "_" + country.toLowerCase(Locale.ROOT);
		cities.all()
			.stream()
			.filter((city) -> !city.country().equals(country))
			.filter((city) -> CityNames.normalize(city.name()).equals(normalized)
					|| CityNames.normalize(city.localName()).equals(normalized) || city.key().equals(normalized)
					|| city.alternativeNames().stream().map(CityNames::normalize).anyMatch(normalized::equals))
			.findFirst()
			.ifPresent((known) -> {
				throw new UserError(
						"\"" + name + "\" already names " + known.displayName() + " (" + known.country()
								+ "): a second city of that name would make it ambiguous for everyone.",
						"If it is another city, give it a key of its own, which people then use to name it: `/city add "
								+ name + " country:" + country + " key:" + suggested + "`.");
			});
	}

	private String checkedKey(String wanted) {
		String key = wanted.strip().toLowerCase(Locale.ROOT);
		if (!key.matches("[a-z0-9][a-z0-9_]{1,39}")) {
			throw new UserError("A city key has 2 to 40 lower-case letters, digits or _; got `" + wanted + "`.",
					"For example `key:lodz_pt`.");
		}
		if (cities.all().stream().anyMatch((city) -> city.key().equals(key))) {
			throw new UserError("The key `" + key + "` belongs to another city already.",
					"Choose another, e.g. `key:" + key + "_2`.");
		}
		return key;
	}

}
