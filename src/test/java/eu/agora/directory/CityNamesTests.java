package eu.agora.directory;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import eu.agora.conversation.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CityNamesTests {

	private final CityNames names = new CityNames(CityTestData.shipped());

	@ParameterizedTest
	@CsvSource({ "lodz,lodz", "Łódź,lodz", "Lodz,lodz", "ŁÓDŹ,lodz", "Seville,seville", "Sevilla,seville",
			"Munich,munich", "München,munich", "Muenchen,munich", "Warsaw,warszawa", "Warszawa,warszawa",
			"The Hague,the_hague", "Den Haag,the_hague", "Malmo,malmo", "Sonderborg,sonderborg", "Kraków,krakow",
			"Cracow,krakow", "cluj napoca,cluj_napoca", "Göteborg,gothenburg", "Αθήνα,athens", "København,copenhagen",
			"Reykjavik,reykjavik", "vitoria,vitoria_gasteiz", "'  Lisboa ',lisbon" })
	void findsACityByAnyCommonSpelling(String typed, String key) {
		assertThat(names.resolve(typed).key()).isEqualTo(key);
	}

	@Test
	void anUnknownNameGetsTheNearestCitiesAsSuggestions() {
		assertThatThrownBy(() -> names.resolve("Lodzz")).isInstanceOf(UserError.class)
			.hasMessageContaining("I don't know a city called \"Lodzz\"")
			.hasMessageContaining("Did you mean Łódź");
	}

	@Test
	void aNameNothingResemblesStillPointsToTheList() {
		assertThatThrownBy(() -> names.resolve("Xyzzyville")).isInstanceOf(UserError.class)
			.satisfies((error) -> assertThat(((UserError) error).hint()).contains("/city list"));
	}

	@Test
	void anAmbiguousNameListsTheCandidates() {
		City springfieldA = new City("springfield_us", "Springfield", null, List.of(), "US", "",
				MissionStatus.EUROPEAN_CITY, List.of(), "UTC");
		City springfieldB = new City("springfield_ie", "Springfield", null, List.of(), "IE", "",
				MissionStatus.EUROPEAN_CITY, List.of(), "UTC");

		assertThatThrownBy(() -> new CityNames(List.of(springfieldA, springfieldB)).resolve("springfield"))
			.isInstanceOf(UserError.class)
			.hasMessageContaining("could be Springfield (IE) or Springfield (US)");
	}

	@Test
	void normalisingFoldsCaseDiacriticsAndPunctuation() {
		assertThat(CityNames.normalize("  Vitoria-Gasteiz ")).isEqualTo("vitoria gasteiz");
		assertThat(CityNames.normalize("Łódź")).isEqualTo("lodz");
		assertThat(CityNames.normalize("İzmir")).isEqualTo("izmir");
		assertThat(CityNames.transliterate("Münster")).isEqualTo("muenster");
	}

}
