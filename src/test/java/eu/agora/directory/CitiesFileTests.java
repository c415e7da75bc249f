package eu.agora.directory;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitiesFileTests {

	@Test
	void theShippedListHasTheHundredAndTwelveMissionCitiesComplete() {
		assertThat(CityTestData.shipped()).hasSize(112)
			.allSatisfy((city) -> assertThat(city.languages()).isNotEmpty())
			.allSatisfy((city) -> assertThat(city.region()).isNotBlank())
			.allSatisfy((city) -> assertThat(city.missionStatus()).isEqualTo(MissionStatus.MISSION_CITY));
		assertThat(CityTestData.lodz()).satisfies((lodz) -> {
			assertThat(lodz.name()).isEqualTo("Łódź");
			assertThat(lodz.country()).isEqualTo("PL");
			assertThat(lodz.timeZone()).isEqualTo("Europe/Warsaw");
		});
		assertThat(CityTestData.shipped()).extracting(City::key)
			.contains("brussels", "dortmund", "elbasan", "frankfurt", "gozo", "la_louviere", "podgorica", "sarajevo",
					"tartu", "utrecht");
	}

	@Test
	void aBrokenEntryIsNamedWithItsField(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("cities.yml");
		Files.writeString(file, """
				cities:
				  - key: atlantis
				    name: Atlantis
				    country: XX
				    missionStatus: mission-city
				    timeZone: Europe/Athens
				""");

		assertThatThrownBy(() -> CityTestData.file("file:" + file).read())
			.hasMessageContaining("city atlantis: country must be an ISO 3166 code");
	}

	@Test
	void aDuplicateKeyIsRefused(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("cities.yml");
		String city = """
				  - key: lodz
				    name: Lodz
				    country: PL
				    missionStatus: mission-city
				    timeZone: Europe/Warsaw
				""";
		Files.writeString(file, "cities:\n" + city + city);

		assertThatThrownBy(() -> CityTestData.file("file:" + file).read()).hasMessageContaining("key is listed twice");
	}

}
