package eu.agora.directory;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Adding a European city that is not a Mission City, over in-memory cities. */
class AddingCitiesTests {

	private final InMemoryCities cities = new InMemoryCities(CityTestData.lodz());

	private final AddingCities adding = new AddingCities(cities);

	@Test
	void givenACountryAgoraKnows_thenTheNewCityTakesItsTimeZoneAndLanguagesAndCanBeFoundByName() {
		City added = adding.add("Płock", "PL", null, "Mazowieckie", null, null);

		assertThat(added.key()).isEqualTo("plock_pl");
		assertThat(added.missionStatus()).isEqualTo(MissionStatus.EUROPEAN_CITY);
		assertThat(added.timeZone()).isEqualTo(CityTestData.lodz().timeZone());
		assertThat(added.languages()).isEqualTo(CityTestData.lodz().languages());
		assertThat(cities.resolve("plock")).isEqualTo(added);
	}

	@Test
	void givenACityTheDirectoryKnowsByItsLocalName_thenItIsRefused() {
		assertThatThrownBy(() -> adding.add("Łódź", "PL", null, null, null, null)).isInstanceOf(UserError.class)
			.hasMessageEndingWith("is already in the directory.");
		assertThat(cities.all()).hasSize(1);
	}

	@Test
	void givenACountryAgoraDoesNotKnowAndNoTimeZone_thenTheTimeZoneIsAskedFor() {
		assertThatThrownBy(() -> adding.add("Porto", "PT", null, null, null, null))
			.hasMessageContaining("Give the city's time zone", null);
		assertThat(adding.add("Porto", "PT", null, null, "Europe/Lisbon", null).timeZone()).isEqualTo("Europe/Lisbon");
	}

	@Test
	void givenTheKeyWasTakenMeanwhile_thenTheCityIsRefused() {
		cities.add(new City("plock_pl", "Plock (old)", null, null, "XX", null, MissionStatus.EUROPEAN_CITY, null,
				"Europe/Warsaw"));

		assertThatThrownBy(() -> adding.add("Płock", "PL", null, null, null, null))
			.hasMessage("Płock (PL) is already in the directory.", null);
	}

	@Test
	void givenTheSpellingOfACityElsewhere_thenItIsRefusedWithAHintThatWorks() {
		assertThatThrownBy(() -> adding.add("lodz", "PT", null, null, "Europe/Lisbon", null))
			.isInstanceOf(UserError.class)
			.hasMessageContaining("already names Łódź")
			.satisfies((error) -> assertThat(((UserError) error).hint()).contains("key:lodz_pt"));

		City added = adding.add("lodz", "PT", null, null, "Europe/Lisbon", "lodz_pt");

		assertThat(cities.resolve("lodz")).isEqualTo(CityTestData.lodz());
		assertThat(cities.resolve("lodz_pt")).isEqualTo(added);
		assertThatThrownBy(() -> cities.resolve("Łódź")).isInstanceOf(UserError.class)
			.satisfies((error) -> assertThat(((UserError) error).hint()).contains("lodz, lodz_pt"));
	}

	@Test
	void givenAKeyThatIsTakenOrMalformed_thenItIsRefused() {
		assertThatThrownBy(() -> adding.add("Lodzia", "PT", null, null, "Europe/Lisbon", "lodz"))
			.hasMessageContaining("belongs to another city");
		assertThatThrownBy(() -> adding.add("Lodzia", "PT", null, null, "Europe/Lisbon", "Łódź!"))
			.hasMessageContaining("lower-case letters");
	}

}
