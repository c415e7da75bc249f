package eu.agora.discord;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.storage.InstanceId;
import eu.agora.storage.Lease;
import eu.agora.storage.Leases;

/**
 * Which instance runs the Discord gateway: the one that holds the lease {@value #LEASE}
 * in MongoDB. Every {@link #tick()} (a few seconds apart) the holder renews the lease and
 * the others try to take it, which succeeds once it expired — when its holder died, froze
 * or lost the database. A holder serves only while its own clock says the lease is surely
 * still its own: it counts the lease from the moment it <em>asked</em> for it and stops a
 * safety margin before then, so it has stepped down (gateway shut, interactions ignored)
 * before anyone else can take over — also when it wakes from a freeze, since
 * {@link #serving()} reads the clock, not a timer. A tick waits for the database (up to
 * its server selection timeout); {@link #stepDownIfLapsed()}, called often from another
 * thread, never does, so the gateway is shut when the serving time ends even while a
 * renewal hangs.
 */
final class GatewayLeadership {

	static final String LEASE = "discord-gateway";

	private static final Logger log = LoggerFactory.getLogger(GatewayLeadership.class);

	private final Leases leases;

	private final InstanceId me;

	private final Clock clock;

	private final Duration length;

	private final Duration margin;

	private final Gateway gateway;

	private final Executor opening;

	private volatile @Nullable Lease held;

	private volatile Instant servesUntil = Instant.EPOCH;

	private @Nullable CompletableFuture<Void> open;

	/** Guards the tenure ({@link #held}, {@link #servesUntil}); never held across I/O. */
	private final Object tenure = new Object();

	/**
	 * @param length how long a taken or renewed lease lasts
	 * @param margin how long before its expiry the holder stops serving
	 * @param opening where the gateway is opened, so renewals go on while it connects
	 */
	GatewayLeadership(Leases leases, InstanceId me, Clock clock, Duration length, Duration margin, Gateway gateway,
			Executor opening) {
		this.leases = leases;
		this.me = me;
		this.clock = clock;
		this.length = length;
		this.margin = margin;
		this.gateway = gateway;
		this.opening = opening;
	}

	/** Renews or takes the lease, or steps down; never throws. */
	synchronized void tick() {
		Instant asked = clock.instant();
		stepDownIfLapsed();
		Lease lease = this.held;
		try {
			if (lease != null) {
				renew(lease, asked);
			}
			else {
				take(asked);
			}
		}
		catch (RuntimeException unreachable) {
			log.warn("Discord lease: the database did not answer ({}); {}", unreachable.getMessage(),
					(this.held != null) ? "serving until " + servesUntil : "not taking over");
		}
	}

	/**
	 * Shuts the gateway when the serving time of the lease held has ended; touches no
	 * database, so it is timely while a tick waits for one.
	 */
	void stepDownIfLapsed() {
		synchronized (tenure) {
			if (this.held != null && !clock.instant().isBefore(servesUntil)) {
				stepDown("its lease was not renewed in time");
			}
		}
	}

	/** Whether this instance may answer Discord now. */
	boolean serving() {
		return this.held != null && clock.instant().isBefore(servesUntil);
	}

	/** The tenure this instance holds, if any. */
	Optional<Lease> held() {
		return Optional.ofNullable(this.held);
	}

	/** The gateway's opening after this instance took the lease, if one is under way. */
	synchronized Optional<CompletableFuture<Void>> opening() {
		return Optional.ofNullable(this.open);
	}

	/** Shuts the gateway and gives the lease up at once, for a quick takeover. */
	synchronized void resign() {
		Lease lease = this.held;
		if (lease != null) {
			stepDown("the application stops");
			try {
				leases.release(lease);
			}
			catch (RuntimeException unreachable) {
				log.warn("Discord lease not released ({}); it expires by itself", unreachable.getMessage());
			}
		}
	}

	private void renew(Lease lease, Instant asked) {
		Optional<Lease> renewed = leases.renew(lease, length);
		synchronized (tenure) {
			if (this.held == lease) {
				if (renewed.isPresent()) {
					this.held = renewed.get();
					this.servesUntil = asked.plus(length).minus(margin);
				}
				else {
					stepDown("another instance holds the lease now");
				}
				return;
			}
		}
		// the serving time ended while the renewal waited, and the gateway was shut: hand
		// the lease on rather than hold it without a gateway
		renewed.ifPresent(leases::release);
	}

	private void take(Instant asked) {
		Optional<Lease> taken = leases.acquire(LEASE, me.value(), length);
		if (taken.isEmpty()) {
			log.debug("Discord lease held by another instance; {} waits", me);
			return;
		}
		Lease lease = taken.get();
		synchronized (tenure) {
			this.held = lease;
			this.servesUntil = asked.plus(length).minus(margin);
		}
		log.info("Discord lease taken by {} (version {}): opening the gateway", me, lease.version());
		this.open = CompletableFuture.runAsync(gateway::open, opening).whenComplete((done, failure) -> {
			if (failure != null) {
				openFailed(lease, failure);
			}
		});
	}

	private synchronized void openFailed(Lease lease, Throwable failure) {
		log.error("Discord gateway did not open; giving the lease up", failure);
		synchronized (tenure) {
			Lease current = this.held;
			if (current == null || current.version() != lease.version()) {
				return;
			}
			this.held = null;
			gateway.close();
		}
		try {
			leases.release(lease);
		}
		catch (RuntimeException unreachable) {
			log.warn("Discord lease not released ({}); it expires by itself", unreachable.getMessage());
		}
	}

	private void stepDown(String why) {
		synchronized (tenure) {
			log.warn("Discord gateway shut on {}: {}", me, why);
			this.held = null;
			this.servesUntil = Instant.EPOCH;
			gateway.close();
		}
	}

	/** The gateway connection that only the lease holder keeps open. */
	interface Gateway {

		/** Connects and waits until the gateway is ready; throws when it cannot. */
		void open();

		/** Shuts the connection at once; nothing when it is not open. */
		void close();

	}

}
