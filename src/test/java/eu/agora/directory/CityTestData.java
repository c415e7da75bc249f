package eu.agora.directory;

import java.util.List;
import java.util.Map;

import org.springframework.core.io.DefaultResourceLoader;

/**
 * Fixtures: the shipped city list and single cities from it.
 */
final class CityTestData {

	private static final List<City> SHIPPED = file("classpath:cities.yml").read();

	private CityTestData() {
	}

	static List<City> shipped() {
		return SHIPPED;
	}

	static CitiesFile file(String location) {
		return new CitiesFile(new DefaultResourceLoader(), new DirectoryProperties(location, List.of(), Map.of()));
	}

	static City lodz() {
		return byKey("lodz");
	}

	private static City byKey(String key) {
		return SHIPPED.stream().filter((city) -> city.key().equals(key)).findFirst().orElseThrow();
	}

}
