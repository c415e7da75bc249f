package eu.agora.storage;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

class LeasesTests {

	private static final Duration LENGTH = Duration.ofSeconds(15);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

	private final SharedLeases shared = new SharedLeases();

	private final Leases a = shared.instance(clock);

	private final Leases b = shared.instance(clock);

	@AfterEach
	void close() {
		shared.close();
	}

	@Test
	void whileOneHoldsTheLeaseAnotherCannotTakeIt() {
		Optional<Lease> held = a.acquire("gateway", "a", LENGTH);

		assertThat(held).hasValueSatisfying((lease) -> {
			assertThat(lease.holder()).isEqualTo("a");
			assertThat(lease.version()).isEqualTo(1);
			assertThat(lease.expiresAt()).isEqualTo(clock.instant().plus(LENGTH));
		});
		clock.advance(Duration.ofSeconds(14));
		assertThat(b.acquire("gateway", "b", LENGTH)).isEmpty();
		assertThat(b.current("gateway")).map(Lease::holder).hasValue("a");
	}

	@Test
	void anExpiredLeaseIsTakenWithANewVersionAndTheOldTenureCannotRenew() {
		Lease old = a.acquire("gateway", "a", LENGTH).orElseThrow();
		clock.advance(LENGTH);

		Lease taken = b.acquire("gateway", "b", LENGTH).orElseThrow();

		assertThat(taken.holder()).isEqualTo("b");
		assertThat(taken.version()).isEqualTo(old.version() + 1);
		assertThat(a.renew(old, LENGTH)).isEmpty();
		assertThat(b.renew(taken, LENGTH)).isPresent();
	}

	@Test
	void aRenewedLeaseLastsFromTheRenewal() {
		Lease lease = a.acquire("gateway", "a", LENGTH).orElseThrow();
		clock.advance(Duration.ofSeconds(10));

		assertThat(a.renew(lease, LENGTH)).map(Lease::expiresAt).hasValue(clock.instant().plus(LENGTH));
		clock.advance(Duration.ofSeconds(10));
		assertThat(b.acquire("gateway", "b", LENGTH)).isEmpty();
	}

	@Test
	void aRenewedLeaseThatIsNoLongerRenewedIsTakenOnceItExpired() {
		Lease lease = a.acquire("gateway", "a", LENGTH).orElseThrow();
		clock.advance(Duration.ofSeconds(3));
		a.renew(lease, LENGTH).orElseThrow();
		clock.advance(Duration.ofSeconds(14));
		assertThat(b.acquire("gateway", "b", LENGTH)).isEmpty();

		clock.advance(Duration.ofSeconds(2));

		assertThat(b.acquire("gateway", "b", LENGTH)).map(Lease::holder).hasValue("b");
	}

	@Test
	void aReleasedLeaseIsTakenAtOnce() {
		Lease lease = a.acquire("gateway", "a", LENGTH).orElseThrow();

		a.release(lease);

		assertThat(b.acquire("gateway", "b", LENGTH)).map(Lease::holder).hasValue("b");
	}

	@Test
	void aSameHolderTakingAgainStartsANewTenure() {
		Lease first = a.acquire("gateway", "a", LENGTH).orElseThrow();

		Lease again = a.acquire("gateway", "a", LENGTH).orElseThrow();

		assertThat(again.version()).isEqualTo(first.version() + 1);
		assertThat(a.renew(first, LENGTH)).isEmpty();
	}

	@Test
	void leasesOfDifferentNamesAreIndependent() {
		assertThat(a.acquire("gateway", "a", LENGTH)).isPresent();
		assertThat(b.acquire("other", "b", LENGTH)).isPresent();
	}

}
