package eu.agora.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * The city directory over the {@code cities} collection, with an in-memory name index
 * that is rebuilt whenever the cities are imported.
 */
@Component
class MongoCityDirectory implements CityDirectory {

	private final MongoTemplate mongo;

	private volatile Snapshot snapshot;

	MongoCityDirectory(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public City resolve(String name) {
		return snapshot().names().resolve(name);
	}

	@Override
	public Optional<City> byKey(String key) {
		return Optional.ofNullable(snapshot().byKey().get(key));
	}

	@Override
	public List<City> all() {
		return snapshot().cities();
	}

	/** Forgets the cached cities; the next call reads them again. */
	void refresh() {
		snapshot = null;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			List<City> cities = mongo.findAll(CityDocument.class)
				.stream()
				.map(CityDocument::toCity)
				.sorted(Comparator.comparing((City city) -> CityNames.normalize(city.name())))
				.toList();
			current = new Snapshot(cities, new CityNames(cities),
					cities.stream().collect(Collectors.toUnmodifiableMap(City::key, (city) -> city)));
			snapshot = current;
		}
		return current;
	}

	private record Snapshot(List<City> cities, CityNames names, Map<String, City> byKey) {
	}

}
