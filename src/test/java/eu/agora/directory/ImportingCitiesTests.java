package eu.agora.directory;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Importing the city list at first start and on {@code /city import}, over in-memory
 * cities.
 */
class ImportingCitiesTests {

	private final InMemoryCities cities = new InMemoryCities();

	private final ImportingCities importing = new ImportingCities(CityTestData.file("classpath:cities.yml"), cities);

	@Test
	void givenNoCities_thenTheFirstStartImportsTheList() {
		importing.afterPropertiesSet();

		assertThat(cities.all()).hasSameSizeAs(CityTestData.shipped());
	}

	@Test
	void givenAChangedAndAnAddedCity_thenAReimportCountsWhatChangedAndKeepsTheAddedOne() {
		importing.afterPropertiesSet();
		City lodz = CityTestData.lodz();
		cities.putAll(List.of(new City(lodz.key(), lodz.name(), lodz.localName(), List.of(), lodz.country(),
				lodz.region(), lodz.missionStatus(), lodz.languages(), "Europe/Berlin")));
		City added = new City("plock_pl", "Plock", null, null, "PL", null, MissionStatus.EUROPEAN_CITY, null,
				"Europe/Warsaw");
		cities.add(added);

		ImportingCities.Result result = importing.importAll();

		assertThat(result.updated()).isEqualTo(1);
		assertThat(result.added()).isZero();
		assertThat(result.unchanged()).isEqualTo(CityTestData.shipped().size() - 1);
		assertThat(cities.byKey("lodz")).contains(lodz);
		assertThat(cities.byKey("plock_pl")).contains(added);
	}

	@Test
	void givenCitiesAlready_thenAStartImportsNothing() {
		City only = CityTestData.lodz();
		cities.add(only);

		importing.afterPropertiesSet();

		assertThat(cities.all()).containsExactly(only);
	}

}
