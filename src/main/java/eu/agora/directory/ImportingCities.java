package eu.agora.directory;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Loads the city list into MongoDB: at the first start, and again on
 * {@code /city import}. Cities are upserted one by one by key, so a re-import never
 * removes a city others refer to.
 */
@Component
class ImportingCities implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ImportingCities.class);

	private final CitiesFile file;

	private final MongoTemplate mongo;

	private final MongoCityDirectory directory;

	ImportingCities(CitiesFile file, MongoTemplate mongo, MongoCityDirectory directory) {
		this.file = file;
		this.mongo = mongo;
		this.directory = directory;
	}

	/**
	 * Imports at first start, while the beans are created — before any adapter can take a
	 * command that needs a city.
	 */
	@Override
	public void afterPropertiesSet() {
		if (mongo.count(new Query(), CityDocument.class) == 0) {
			Result result = importAll();
			log.info("Imported {} cities from {}", result.total(), file.location());
		}
	}

	Result importAll() {
		List<City> cities = file.read();
		int added = 0;
		int updated = 0;
		for (City city : cities) {
			CityDocument wanted = CityDocument.from(city);
			CityDocument stored = mongo.findById(city.key(), CityDocument.class);
			if (stored == null) {
				added++;
			}
			else if (!stored.equals(wanted)) {
				updated++;
			}
			if (!wanted.equals(stored)) {
				mongo.save(wanted);
			}
		}
		directory.refresh();
		return new Result(cities.size(), added, updated);
	}

	record Result(int total, int added, int updated) {

		int unchanged() {
			return total - added - updated;
		}

	}

}
