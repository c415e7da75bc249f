package eu.agora.conversation;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainQuestionsTests {

	@ParameterizedTest
	@ValueSource(strings = { "What is the Mission Label?", "misson lable?", "which cities plan geothermal heating",
			"Czy Łódź ma plan klimatyczny", "Welche Städte bauen Radwege", "Quelles villes plantent des arbres",
			"¿Qué ciudades usan hidrógeno?", "Hur värmer Umeå sina hus", "  How do I join a panel  " })
	void aLineThatEndsWithAQuestionMarkOrStartsWithAQuestionWordReadsAsAQuestion(String text) {
		assertThat(PlainQuestions.readsAsQuestion(text)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "thanks, that helped", "Good morning everyone", "/ask What is it?", "", "   ",
			"Whatever works for you" })
	void otherLinesAndCommandsDoNot(String text) {
		assertThat(PlainQuestions.readsAsQuestion(text)).isFalse();
	}

}
