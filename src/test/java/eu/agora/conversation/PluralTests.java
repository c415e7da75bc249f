package eu.agora.conversation;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PluralTests {

	@Test
	void oneTakesTheSingularAndEveryOtherCountThePlural() {
		assertThat(Plural.of(1, "panel")).isEqualTo("1 panel");
		assertThat(Plural.of(0, "panel")).isEqualTo("0 panels");
		assertThat(Plural.of(2, "open commitment")).isEqualTo("2 open commitments");
		assertThat(Plural.of(1, "city", "cities")).isEqualTo("1 city");
		assertThat(Plural.of(12, "city", "cities")).isEqualTo("12 cities");
	}

}
