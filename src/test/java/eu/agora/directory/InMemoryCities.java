package eu.agora.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Cities} in a map keyed by city key, for fast tests without MongoDB. */
class InMemoryCities implements Cities {

	private final Map<String, City> cities = new TreeMap<>();

	InMemoryCities(City... known) {
		for (City city : known) {
			cities.put(city.key(), city);
		}
	}

	@Override
	public City resolve(String name) {
		return new CityNames(cities.values()).resolve(name);
	}

	@Override
	public Optional<City> byKey(String key) {
		return Optional.ofNullable(cities.get(key));
	}

	@Override
	public List<City> all() {
		return cities.values()
			.stream()
			.sorted(Comparator.comparing((City c) -> CityNames.normalize(c.name())))
			.toList();
	}

	@Override
	public boolean isEmpty() {
		return cities.isEmpty();
	}

	@Override
	public boolean add(City city) {
		return cities.putIfAbsent(city.key(), city) == null;
	}

	@Override
	public List<Stored> putAll(List<City> all) {
		return all.stream().map((city) -> {
			City before = cities.put(city.key(), city);
			return (before == null) ? Stored.ADDED : before.equals(city) ? Stored.UNCHANGED : Stored.UPDATED;
		}).toList();
	}

}
