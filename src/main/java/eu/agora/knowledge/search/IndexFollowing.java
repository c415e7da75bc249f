package eu.agora.knowledge.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Keeps this instance's search index close behind MongoDB when several instances share
 * it: every {@code agora.knowledge.follow-every} (2 s) it polls the documents' current
 * generations and indexes what another instance added, replaced or removed
 * ({@link IndexMaintenance#synchronise()}); mongo-java-server has no change streams, and
 * the poll works on every MongoDB. On a thread of its own, so a long job on the scheduler
 * cannot hold it up; it begins once the start-up pass of the knowledge base's loading
 * ({@link KnowledgeLoading}) is over. Off with the scheduled jobs
 * ({@code agora.scheduling.enabled=false}).
 */
@Component
@ConditionalOnProperty(name = "agora.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class IndexFollowing implements SmartLifecycle, IndexLag {

	private static final Logger log = LoggerFactory.getLogger(IndexFollowing.class);

	private final IndexMaintenance maintenance;

	private final KnowledgeLoading loading;

	private final Clock clock;

	private final Duration every;

	private volatile Instant caughtUpAt;

	private volatile @Nullable String failing;

	private volatile @Nullable ScheduledExecutorService poller;

	IndexFollowing(IndexMaintenance maintenance, KnowledgeLoading loading, Clock clock,
			@Value("${agora.knowledge.follow-every:2s}") Duration every) {
		this.maintenance = maintenance;
		this.loading = loading;
		this.clock = clock;
		this.every = every;
		// the lag counts from the start: the start-up pass catches up in the background
		// (KnowledgeLoading), and the first poll after it says the index caught up
		this.caughtUpAt = clock.instant();
	}

	/**
	 * One poll: catch up with MongoDB; never throws. Left to the start-up pass while the
	 * knowledge base is still loading.
	 */
	void follow() {
		if (loading.underWay() != null) {
			return;
		}
		Instant asked = clock.instant();
		try {
			int changed = maintenance.synchronise();
			if (changed > 0) {
				log.info("Knowledge index followed MongoDB: {} documents (re)indexed", changed);
			}
			this.caughtUpAt = asked;
			this.failing = null;
		}
		catch (RuntimeException ex) {
			if (this.failing == null) {
				log.warn("Knowledge index cannot follow MongoDB: {}", ex.getMessage());
			}
			this.failing = String.valueOf(ex.getMessage());
		}
	}

	@Override
	public Duration behind() {
		return Duration.between(caughtUpAt, clock.instant());
	}

	@Override
	public Instant caughtUpAt() {
		return caughtUpAt;
	}

	@Override
	public @Nullable String failing() {
		return failing;
	}

	@Override
	public void start() {
		if (every.isZero() || every.isNegative()) {
			return;
		}
		ScheduledExecutorService timer = Executors
			.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("knowledge-follow").daemon().factory());
		timer.scheduleWithFixedDelay(this::follow, every.toMillis(), every.toMillis(), TimeUnit.MILLISECONDS);
		this.poller = timer;
	}

	@Override
	public void stop() {
		ScheduledExecutorService timer = this.poller;
		this.poller = null;
		if (timer != null) {
			timer.shutdownNow();
		}
	}

	@Override
	public boolean isRunning() {
		return this.poller != null;
	}

}
