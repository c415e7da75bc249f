package eu.agora.directory;

import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.dataformat.yaml.YAMLMapper;

import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * Reads and checks the city list ({@code config/cities.yml}).
 */
@Component
class CitiesFile {

	private final ResourceLoader resources;

	private final String location;

	private final YAMLMapper yaml = YAMLMapper.builder().build();

	CitiesFile(ResourceLoader resources, DirectoryProperties properties) {
		this.resources = resources;
		this.location = properties.citiesFile();
	}

	String location() {
		return location;
	}

	/**
	 * All cities in the file.
	 * @throws InvalidCitiesFileException naming the entry and field at fault
	 */
	List<City> read() {
		try (InputStream in = resources.getResource(location).getInputStream()) {
			Contents contents = yaml.readValue(in, Contents.class);
			if (contents == null || contents.cities() == null || contents.cities().isEmpty()) {
				throw new InvalidCitiesFileException(location + " lists no cities under `cities:`");
			}
			Set<String> keys = new HashSet<>();
			return contents.cities().stream().map((entry) -> check(entry, keys)).toList();
		}
		catch (IOException | JacksonException ex) {
			throw new InvalidCitiesFileException("Cannot read " + location + ": " + ex.getMessage());
		}
	}

	private City check(Entry entry, Set<String> keys) {
		String where = location + ", city " + entry.key() + ": ";
		if (entry.key() == null || !entry.key().matches("[a-z][a-z0-9_]*")) {
			throw new InvalidCitiesFileException(where + "key must be lower-case letters, digits and _");
		}
		if (!keys.add(entry.key())) {
			throw new InvalidCitiesFileException(where + "key is listed twice");
		}
		if (entry.name() == null || entry.name().isBlank()) {
			throw new InvalidCitiesFileException(where + "name is missing");
		}
		if (entry.country() == null || !Set.of(Locale.getISOCountries()).contains(entry.country())) {
			throw new InvalidCitiesFileException(where + "country must be an ISO 3166 code such as PL");
		}
		try {
			ZoneId.of(entry.timeZone());
			return new City(entry.key(), entry.name(), entry.localName(), entry.alternativeNames(), entry.country(),
					entry.region(), MissionStatus.fromId(entry.missionStatus()), entry.languages(), entry.timeZone());
		}
		catch (RuntimeException ex) {
			throw new InvalidCitiesFileException(where + ex.getMessage());
		}
	}

	record Contents(List<Entry> cities) {
	}

	record Entry(String key, String name, String localName, List<String> alternativeNames, String country,
			String region, String missionStatus, List<String> languages, String timeZone) {
	}

	/** The city list cannot be used; the message names the entry and field. */
	static class InvalidCitiesFileException extends RuntimeException {

		InvalidCitiesFileException(String message) {
			super(message);
		}

	}

}
