package eu.agora.conversation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The rule for names people give things. */
class NamesTests {

	@ParameterizedTest
	@ValueSource(strings = { "\u200B\u200B\u200B", "\u200C\u200D\uFEFF", "   ", "\u3164", "\u0301" })
	void aNameWithoutAVisibleCharacterIsRefused(String name) {
		assertThatThrownBy(() -> Names.checked("A panel's name", name)).isInstanceOf(UserError.class)
			.hasMessageContaining("A panel's name needs at least one visible letter");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Energy\u001B[31m", "Line\nbreak", "Tab\there", "Bell\u0007", "C1\u009B" })
	void aNameWithControlCharactersIsRefused(String name) {
		assertThatThrownBy(() -> Names.checked("A city's name", name)).isInstanceOf(UserError.class)
			.hasMessageContaining("control characters");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc\u202Egpj.exe", "\u2066isolated\u2069", "mark\u200F" })
	void aNameWithBidiOverridesIsRefused(String name) {
		assertThatThrownBy(() -> Names.checked("An organisation's name", name)).isInstanceOf(UserError.class)
			.hasMessageContaining("override marks");
	}

	@Test
	void realNamesInAnyScriptPass() {
		assertThat(Names.checked("x", "  Łódź ")).isEqualTo("Łódź");
		assertThat(Names.checked("x", "תל אביב")).isEqualTo("תל אביב");
		assertThat(Names.checked("x", "Αθήνα")).isEqualTo("Αθήνα");
		assertThat(Names.checked("x", "Energy & Heat")).isEqualTo("Energy & Heat");
	}

}
