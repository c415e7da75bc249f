package eu.agora.knowledge.search;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * Calls into the embedding model's native runtime, which the JVM's exit waits for. The
 * ONNX runtime's native globals are destroyed as the process exits; a thread still inside
 * it then (the background loading, embedding the starter pages when Ctrl-D, Ctrl-C or a
 * {@code docker stop} comes) crashes the JVM with a SIGSEGV and a crash report. A
 * shutdown hook lets the calls under way end, up to {@link #EXIT_WAIT}, and holds back
 * new ones.
 */
final class NativeCalls {

	static final Duration EXIT_WAIT = Duration.ofSeconds(10);

	private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();

	/** The calls of this JVM, awaited by a shutdown hook. */
	static NativeCalls awaitedAtExit() {
		NativeCalls calls = new NativeCalls();
		Runtime.getRuntime()
			.addShutdownHook(Thread.ofPlatform().name("embeddings-exit").unstarted(() -> calls.close(EXIT_WAIT)));
		return calls;
	}

	/**
	 * Runs {@code call}, unless the calls are closed; once they close, it waits
	 * (harmlessly: the process is exiting) instead of entering the runtime.
	 */
	<T> T call(Supplier<T> call) {
		this.lock.readLock().lock();
		try {
			return call.get();
		}
		finally {
			this.lock.readLock().unlock();
		}
	}

	/**
	 * Waits up to {@code wait} for the calls under way, and lets no new one start.
	 * @return whether every call under way ended in time
	 */
	boolean close(Duration wait) {
		try {
			// never released: the calls stay closed
			return this.lock.writeLock().tryLock(wait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
