package eu.agora.discord;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

import org.springframework.context.SmartLifecycle;

/**
 * Runs {@link GatewayLeadership#tick()} every {@code agora.discord.lease.renew-every} on
 * a thread of its own while the application runs, and every {@link #LAPSE_CHECK} on
 * another whether the holder's serving time has ended (a tick can wait seconds for a lost
 * database). The first tick runs at start: when it takes the lease and the gateway cannot
 * open (a wrong token), start-up fails with the {@link DiscordStartupException}. At
 * shutdown the lease is given up, so another instance takes over at its next tick.
 */
final class KeepingTheLease implements SmartLifecycle {

	/** How often the holder checks whether its serving time has ended. */
	static final Duration LAPSE_CHECK = Duration.ofMillis(500);

	private final GatewayLeadership leadership;

	private final DiscordLeaseProperties lease;

	private volatile @Nullable ScheduledExecutorService ticker;

	KeepingTheLease(GatewayLeadership leadership, DiscordLeaseProperties lease) {
		this.leadership = leadership;
		this.lease = lease;
	}

	@Override
	public void start() {
		leadership.tick();
		Optional<CompletableFuture<Void>> opening = leadership.opening();
		if (opening.isPresent()) {
			try {
				opening.get().join();
			}
			catch (CompletionException failed) {
				if (failed.getCause() instanceof DiscordStartupException startup) {
					throw startup;
				}
				throw failed;
			}
		}
		// two threads: the lapse check runs on time while a tick waits for the database
		ScheduledExecutorService timer = Executors.newScheduledThreadPool(2,
				Thread.ofPlatform().name("discord-lease-", 0).daemon().factory());
		long every = lease.renewEvery().toMillis();
		timer.scheduleWithFixedDelay(leadership::tick, every, every, TimeUnit.MILLISECONDS);
		timer.scheduleWithFixedDelay(leadership::stepDownIfLapsed, LAPSE_CHECK.toMillis(), LAPSE_CHECK.toMillis(),
				TimeUnit.MILLISECONDS);
		this.ticker = timer;
	}

	@Override
	public void stop() {
		ScheduledExecutorService timer = this.ticker;
		this.ticker = null;
		if (timer != null) {
			timer.shutdownNow();
		}
		leadership.resign();
	}

	@Override
	public boolean isRunning() {
		return this.ticker != null;
	}

}
