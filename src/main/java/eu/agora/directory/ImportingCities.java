package eu.agora.directory;

import java.util.Collections;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.stereotype.Component;

/**
 * Loads the city list into MongoDB: at the first start, and again on
 * {@code /city import}. Cities are upserted by key in one write, so a re-import never
 * removes a city others refer to.
 */
@Component
class ImportingCities implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(ImportingCities.class);

	private final CitiesFile file;

	private final Cities cities;

	ImportingCities(CitiesFile file, Cities cities) {
		this.file = file;
		this.cities = cities;
	}

	/**
	 * Imports at first start, while the beans are created — before any adapter can take a
	 * command that needs a city.
	 */
	@Override
	public void afterPropertiesSet() {
		if (cities.isEmpty()) {
			Result result = importAll();
			log.info("Imported {} cities from {}", result.total(), file.location());
		}
	}

	Result importAll() {
		List<City> listed = file.read();
		List<Cities.Stored> done = cities.putAll(listed);
		return new Result(listed.size(), Collections.frequency(done, Cities.Stored.ADDED),
				Collections.frequency(done, Cities.Stored.UPDATED));
	}

	record Result(int total, int added, int updated) {

		int unchanged() {
			return total - added - updated;
		}

	}

}
