package eu.agora.directory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndReplaceOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Cities} — and the {@link CityDirectory} — over the {@code cities} collection,
 * with an in-memory name index that is rebuilt after cities are added or imported.
 */
@Component
class MongoCities implements Cities {

	static final String COLLECTION = "cities";

	private final MongoTemplate mongo;

	private volatile @Nullable Snapshot snapshot;

	MongoCities(MongoTemplate mongo) {
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

	@Override
	public boolean isEmpty() {
		return mongo.count(new Query(), COLLECTION) == 0;
	}

	@Override
	public boolean add(City city) {
		if (!UniqueInserts.insertIfNew(mongo, CityDocument.from(city), COLLECTION)) {
			return false;
		}
		snapshot = null;
		return true;
	}

	@Override
	public List<Stored> putAll(List<City> cities) {
		Map<String, CityDocument> stored = mongo.findAll(CityDocument.class, COLLECTION)
			.stream()
			.collect(Collectors.toMap(CityDocument::key, Function.identity()));
		BulkOperations writes = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, COLLECTION);
		List<Stored> done = new ArrayList<>();
		for (City city : cities) {
			CityDocument wanted = CityDocument.from(city);
			CityDocument before = stored.get(city.key());
			if (wanted.equals(before)) {
				done.add(Stored.UNCHANGED);
				continue;
			}
			writes.replaceOne(Query.query(Criteria.where("_id").is(city.key())), wanted,
					FindAndReplaceOptions.options().upsert());
			done.add((before == null) ? Stored.ADDED : Stored.UPDATED);
		}
		if (done.stream().anyMatch((result) -> result != Stored.UNCHANGED)) {
			// one write command: the embedded store commits once, not once per city
			writes.execute();
			snapshot = null;
		}
		return done;
	}

	private Snapshot snapshot() {
		Snapshot current = snapshot;
		if (current == null) {
			List<City> cities = mongo.findAll(CityDocument.class, COLLECTION)
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
