package eu.agora.slack;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class WhileTheDatabaseIsLostTests {

	private static final Instant NOW = Instant.parse("2026-01-05T09:00:00Z");

	private final AtomicBoolean reachable = new AtomicBoolean(true);

	private final AtomicInteger storeCalls = new AtomicInteger();

	private final AtomicBoolean storeFails = new AtomicBoolean();

	private final WhileTheDatabaseIsLost guard = new WhileTheDatabaseIsLost(reachable::get,
			(signature, now, expiresAt) -> stored(), (eventId) -> stored());

	@Test
	void whileTheDatabaseAnswersItDecides() {
		assertThat(guard.claim("v0=abc", NOW, NOW.plusSeconds(360))).isTrue();
		assertThat(guard.firstTime("Ev1")).isTrue();
		assertThat(storeCalls).hasValue(2);
	}

	@Test
	void aLostDatabaseIsNotAskedAndAReplayIsStillCaughtInMemory() {
		reachable.set(false);

		assertThat(guard.claim("v0=abc", NOW, NOW.plusSeconds(360))).isTrue();
		assertThat(guard.claim("v0=abc", NOW.plusSeconds(1), NOW.plusSeconds(360))).isFalse();
		assertThat(guard.firstTime("Ev1")).isTrue();
		assertThat(guard.firstTime("Ev1")).isFalse();
		assertThat(storeCalls).hasValue(0);
	}

	@Test
	void aDatabaseThatFailsOnTheWayFallsBackToMemory() {
		storeFails.set(true);

		assertThat(guard.claim("v0=def", NOW, NOW.plusSeconds(360))).isTrue();
		assertThat(guard.claim("v0=def", NOW, NOW.plusSeconds(360))).isFalse();
	}

	@Test
	void aSignatureRememberedInMemoryExpires() {
		reachable.set(false);
		guard.claim("v0=ghi", NOW, NOW.plusSeconds(360));

		assertThat(guard.claim("v0=ghi", NOW.plusSeconds(361), NOW.plusSeconds(720))).isTrue();
	}

	private boolean stored() {
		storeCalls.incrementAndGet();
		if (storeFails.get()) {
			throw new DataAccessResourceFailureException("Timed out after 5000 ms while waiting for a server");
		}
		return true;
	}

}
