package eu.agora.directory;

import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A city as stored in the {@code cities} collection.
 */
record CityDocument(@Id String key, String name, String localName, List<String> alternativeNames, String country,
		String region, String missionStatus, List<String> languages, String timeZone) {

	static CityDocument from(City city) {
		return new CityDocument(city.key(), city.name(), city.localName(), city.alternativeNames(), city.country(),
				city.region(), city.missionStatus().id(), city.languages(), city.timeZone());
	}

	City toCity() {
		return new City(key, name, localName, alternativeNames, country, region, MissionStatus.fromId(missionStatus),
				languages, timeZone);
	}

}
