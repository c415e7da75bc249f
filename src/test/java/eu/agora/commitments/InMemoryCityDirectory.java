package eu.agora.commitments;

import java.util.List;
import java.util.Optional;

import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.MissionStatus;

/** The directory's {@link CityDirectory} over a fixed list, for fast tests. */
class InMemoryCityDirectory implements CityDirectory {

	static final City LODZ = new City("lodz", "Lodz", "Łódź", List.of(), "PL", "Łódzkie", MissionStatus.MISSION_CITY,
			List.of("pl"), "Europe/Warsaw");

	static final City KRAKOW = new City("krakow", "Krakow", "Kraków", List.of(), "PL", "Małopolskie",
			MissionStatus.MISSION_CITY, List.of("pl"), "Europe/Warsaw");

	static final City LYON = new City("lyon", "Lyon", "Lyon", List.of(), "FR", "Auvergne-Rhône-Alpes",
			MissionStatus.MISSION_CITY, List.of("fr"), "Europe/Paris");

	private final List<City> cities = List.of(KRAKOW, LODZ, LYON);

	@Override
	public City resolve(String name) {
		return cities.stream()
			.filter((city) -> city.name().equalsIgnoreCase(name.strip()))
			.findFirst()
			.orElseThrow(() -> new UserError("I don't know a city called " + name + "."));
	}

	@Override
	public Optional<City> byKey(String key) {
		return cities.stream().filter((city) -> city.key().equals(key)).findFirst();
	}

	@Override
	public List<City> all() {
		return cities;
	}

}
