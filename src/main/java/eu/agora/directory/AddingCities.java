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
			@Nullable String timeZone) {
		String normalized = CityNames.normalize(name);
		if (normalized.isEmpty() || name.length() > 80) {
			throw new UserError("A city's name has letters and at most 80 characters.");
		}
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
		String key = normalized.replace(' ', '_') + "_" + country.toLowerCase(Locale.ROOT);
		// the defaults City also applies: the name as local name, no region
		City city = new City(key, name, (localName != null) ? localName : name, List.of(), country,
				(region != null) ? region : "", MissionStatus.EUROPEAN_CITY, languages, zone);
		if (!cities.add(city)) {
			throw new UserError(name + " (" + country + ") is already in the directory.");
		}
		return city;
	}

}
