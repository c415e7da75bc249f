package eu.agora.panels;

import java.time.LocalDateTime;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Session times name one instant: daylight-saving gaps and overlaps are refused. */
class LocalTimesTests {

	private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	@Test
	void aTimeInTheSpringGapIsRefusedWithAHintThatWorks() {
		LocalDateTime skipped = LocalDateTime.parse("2031-03-30T02:30");

		assertThatThrownBy(() -> LocalTimes.exact(skipped, WARSAW)).isInstanceOf(UserError.class)
			.hasMessageContaining("There is no 02:30 on 2031-03-30 in Europe/Warsaw")
			.hasMessageContaining("from 02:00 to 03:00")
			.satisfies((error) -> assertThat(((UserError) error).hint()).contains("at:2031-03-30T03:00"));
		assertThat(LocalTimes.exact(LocalDateTime.parse("2031-03-30T03:00"), WARSAW).getOffset().getId())
			.isEqualTo("+02:00");
	}

	@Test
	void aTimeInTheAutumnOverlapIsRefusedShowingBothRealTimes() {
		LocalDateTime twice = LocalDateTime.parse("2031-10-26T02:30");

		assertThatThrownBy(() -> LocalTimes.exact(twice, WARSAW)).isInstanceOf(UserError.class)
			.hasMessageContaining("happens twice")
			.hasMessageContaining("02:30 +02:00")
			.hasMessageContaining("02:30 +01:00");
	}

	@Test
	void anOrdinaryTimeHasItsOffset() {
		assertThat(LocalTimes.exact(LocalDateTime.parse("2031-03-05T14:00"), WARSAW).getOffset().getId())
			.isEqualTo("+01:00");
	}

}
