package eu.agora.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CustomIdsTests {

	private final MutableClock clock = new MutableClock();

	private final CustomIds ids = new CustomIds(new InMemoryInteractionMemory(clock));

	@Test
	void aShortButtonCarriesItsActionAndValueInTheId() {
		String id = ids.button("twinning:accept", "lodz|tartu");
		assertThat(id).isEqualTo("twinning:accept|lodz|tartu");
		assertThat(ids.pressed(id)).isEqualTo(new CustomIds.Pressed.Action("twinning:accept", "lodz|tartu"));
	}

	@Test
	void aButtonTooLongForDiscordIsRemembered() {
		String id = ids.button("panel:vote", "x".repeat(200));
		assertThat(id).hasSizeLessThanOrEqualTo(100).startsWith(CustomIds.BUTTON);
		assertThat(ids.pressed(id)).isEqualTo(new CustomIds.Pressed.Action("panel:vote", "x".repeat(200)));
	}

	@Test
	void anIdWithoutValueIsAnActionWithoutValue() {
		assertThat(ids.pressed("help")).isEqualTo(new CustomIds.Pressed.Action("help", null));
	}

	@Test
	void aRememberedButtonExpiresAfterFifteenMinutes() {
		String id = ids.button("panel:vote", "y".repeat(200));
		clock.advance(InteractionMemory.LIFETIME.plusSeconds(1));
		assertThat(ids.pressed(id)).isEqualTo(new CustomIds.Pressed.Expired());
	}

	@Test
	void aLongFormIdTravelsThroughTheMemory() {
		String formId = "f".repeat(120);
		String modalId = ids.modal(formId);
		assertThat(modalId).hasSizeLessThanOrEqualTo(100);
		assertThat(ids.formId(modalId)).contains(formId);
		assertThat(ids.formId("panel:create")).contains("panel:create");
	}

	static final class MutableClock extends Clock {

		private Instant now = Instant.parse("2026-05-01T10:00:00Z");

		void advance(Duration duration) {
			now = now.plus(duration);
		}

		@Override
		public Instant instant() {
			return now;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}
