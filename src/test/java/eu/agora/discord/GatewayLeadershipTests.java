package eu.agora.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.storage.InstanceId;
import eu.agora.storage.Lease;
import eu.agora.storage.Leases;
import eu.agora.storage.SharedLeases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Discord lease between two simulated instances over one embedded store, on a clock
 * the test moves: lease 15 s, a holder stops serving 5 s before it could expire.
 */
class GatewayLeadershipTests {

	private static final Duration LENGTH = Duration.ofSeconds(15);

	private static final Duration MARGIN = Duration.ofSeconds(5);

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

	private final SharedLeases shared = new SharedLeases();

	private final SharedLeases.Instance leasesOfA = shared.instance(clock);

	private final CountingGateway gatewayA = new CountingGateway();

	private final GatewayLeadership a = leadership("a", leasesOfA, gatewayA);

	private final CountingGateway gatewayB = new CountingGateway();

	private final GatewayLeadership b = leadership("b", shared.instance(clock), gatewayB);

	@AfterEach
	void close() {
		shared.close();
	}

	@Test
	void theFirstToTickHoldsTheGatewayAndTheOtherWaits() {
		a.tick();
		b.tick();

		assertThat(a.serving()).isTrue();
		assertThat(b.serving()).isFalse();
		assertThat(gatewayA.open).isTrue();
		assertThat(gatewayB.opened).hasValue(0);
	}

	@Test
	void aHolderThatKeepsRenewingKeepsTheGateway() {
		a.tick();
		for (int i = 0; i < 20; i++) {
			clock.advance(Duration.ofSeconds(3));
			a.tick();
			b.tick();
		}

		assertThat(a.serving()).isTrue();
		assertThat(gatewayA.opened).hasValue(1);
		assertThat(gatewayB.opened).hasValue(0);
	}

	@Test
	void whenTheHolderDiesTheOtherTakesOverOnceTheLeaseExpired() {
		a.tick();

		clock.advance(Duration.ofSeconds(14));
		b.tick();
		assertThat(b.serving()).isFalse();
		clock.advance(Duration.ofSeconds(1));
		b.tick();

		assertThat(b.serving()).isTrue();
		assertThat(gatewayB.open).isTrue();
		assertThat(b.held()).map(Lease::version).hasValue(2L);
	}

	@Test
	void aFrozenHolderStopsServingBeforeItsLeaseCanBeTakenAndStepsDownWhenItWakes() {
		a.tick();

		clock.advance(LENGTH.minus(MARGIN));
		assertThat(a.serving()).as("serving right after waking, before any tick").isFalse();
		clock.advance(MARGIN);
		b.tick();
		a.tick();

		assertThat(b.serving()).isTrue();
		assertThat(a.serving()).isFalse();
		assertThat(gatewayA.open).isFalse();
		assertThat(gatewayA.closed).hasPositiveValue();
		a.tick();
		assertThat(a.serving()).as("the old holder cannot take a held lease back").isFalse();
	}

	@Test
	void aHolderThatLosesTheDatabaseStepsDownBeforeItsLeaseExpires() {
		a.tick();
		leasesOfA.reachable(false);

		clock.advance(Duration.ofSeconds(3));
		a.tick();
		assertThat(a.serving()).as("still within its lease").isTrue();
		clock.advance(Duration.ofSeconds(7));
		a.tick();

		assertThat(a.serving()).isFalse();
		assertThat(gatewayA.open).isFalse();
		clock.advance(MARGIN);
		b.tick();
		assertThat(b.serving()).isTrue();
	}

	@Test
	void aHolderWhoseRenewalHangsShutsItsGatewayWhenItsServingTimeEnds() {
		a.tick();

		clock.advance(LENGTH.minus(MARGIN).minusSeconds(1));
		a.stepDownIfLapsed();
		assertThat(gatewayA.open).as("within its serving time").isTrue();
		clock.advance(Duration.ofSeconds(1));
		a.stepDownIfLapsed();

		assertThat(gatewayA.open).isFalse();
		assertThat(a.serving()).isFalse();
	}

	@Test
	void aRenewalThatReturnsAfterTheGatewayWasShutHandsTheLeaseOn() {
		SlowRenewals slow = new SlowRenewals(leasesOfA);
		GatewayLeadership slowA = leadership("a", slow, gatewayA);
		slowA.tick();
		slow.whileRenewing = () -> {
			clock.advance(LENGTH);
			slowA.stepDownIfLapsed();
		};

		clock.advance(Duration.ofSeconds(3));
		slowA.tick();
		b.tick();

		assertThat(slowA.serving()).isFalse();
		assertThat(gatewayA.open).isFalse();
		assertThat(gatewayA.opened).as("not opened again").hasValue(1);
		assertThat(b.serving()).as("the late renewal was given up, so b takes over at once").isTrue();
	}

	@Test
	void aGatewayThatCannotOpenGivesTheLeaseUpAtOnce() {
		gatewayA.failing = true;

		a.tick();
		b.tick();

		assertThat(a.serving()).isFalse();
		assertThat(b.serving()).isTrue();
	}

	@Test
	void resigningHandsTheGatewayOverAtTheOthersNextTick() {
		a.tick();

		a.resign();
		b.tick();

		assertThat(gatewayA.open).isFalse();
		assertThat(b.serving()).isTrue();
	}

	private GatewayLeadership leadership(String id, Leases leases, CountingGateway gateway) {
		return new GatewayLeadership(leases, new InstanceId(id), clock, LENGTH, MARGIN, gateway, Runnable::run);
	}

	/** Leases whose renewal lets time pass (a database that answers late). */
	private static final class SlowRenewals implements Leases {

		private final Leases leases;

		Runnable whileRenewing = () -> {
		};

		SlowRenewals(Leases leases) {
			this.leases = leases;
		}

		@Override
		public Optional<Lease> acquire(String name, String holder, Duration length) {
			return leases.acquire(name, holder, length);
		}

		@Override
		public Optional<Lease> renew(Lease lease, Duration length) {
			whileRenewing.run();
			return leases.renew(lease, length);
		}

		@Override
		public void release(Lease lease) {
			leases.release(lease);
		}

		@Override
		public Optional<Lease> current(String name) {
			return leases.current(name);
		}

	}

	private static final class CountingGateway implements GatewayLeadership.Gateway {

		final AtomicInteger opened = new AtomicInteger();

		final AtomicInteger closed = new AtomicInteger();

		volatile boolean open;

		volatile boolean failing;

		@Override
		public void open() {
			if (failing) {
				throw new DiscordStartupException("Discord rejected the bot token in DISCORD_TOKEN", "Check it.",
						new IllegalStateException("401"));
			}
			opened.incrementAndGet();
			open = true;
		}

		@Override
		public void close() {
			closed.incrementAndGet();
			open = false;
		}

	}

}
