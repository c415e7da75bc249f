package eu.agora.knowledge.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NativeCallsTests {

	private final NativeCalls calls = new NativeCalls();

	@Test
	void closingWaitsForTheCallUnderWayAndThenHoldsBackNewOnes() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture<String> underWay = CompletableFuture.supplyAsync(() -> this.calls.call(() -> {
			inside.countDown();
			await(release);
			return "embedded";
		}), NativeCallsTests::ownThread);
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		CompletableFuture<Boolean> closed = CompletableFuture.supplyAsync(() -> this.calls.close(Duration.ofSeconds(5)),
				NativeCallsTests::ownThread);
		Thread.sleep(100);
		assertThat(closed).as("closing waits while a call is under way").isNotDone();
		release.countDown();

		assertThat(closed.get(5, TimeUnit.SECONDS)).isTrue();
		assertThat(underWay.get(5, TimeUnit.SECONDS)).isEqualTo("embedded");
		AtomicBoolean entered = new AtomicBoolean();
		CompletableFuture<Boolean> late = CompletableFuture
			.supplyAsync(() -> this.calls.call(() -> entered.getAndSet(true)), NativeCallsTests::ownThread);
		Thread.sleep(100);
		assertThat(late).isNotDone();
		assertThat(entered).as("no call enters the runtime once closed").isFalse();
	}

	@Test
	void closingGivesUpAfterItsWaitWhenACallDoesNotEnd() throws Exception {
		CountDownLatch inside = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		CompletableFuture.runAsync(() -> this.calls.call(() -> {
			inside.countDown();
			return await(release);
		}), NativeCallsTests::ownThread);
		assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();

		assertThat(this.calls.close(Duration.ofMillis(200))).isFalse();
		release.countDown();
	}

	/**
	 * A thread per task: a pooled thread that closed the calls could still enter them.
	 */
	private static void ownThread(Runnable task) {
		Thread.ofPlatform().daemon().start(task);
	}

	private static boolean await(CountDownLatch latch) {
		try {
			return latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
