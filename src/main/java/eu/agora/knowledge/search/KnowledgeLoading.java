package eu.agora.knowledge.search;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * What the knowledge base is still loading after the start (bringing the search index up
 * to date, the starter pages, the embedding model), so that the prompt and the adapters
 * need not wait for it: a question asked first waits for it a little, or is told. Loading
 * begins when the application is created and ends once, with {@link #loaded()}.
 */
@Component
public class KnowledgeLoading {

	private final Object lock = new Object();

	private @Nullable String underWay = "starting";

	/** Says what is being loaded now, e.g. {@code reading the starter pages}. */
	public void begin(String what) {
		synchronized (this.lock) {
			this.underWay = what;
		}
	}

	/** Loading is over (done, or given up after a failure that was logged). */
	public void loaded() {
		synchronized (this.lock) {
			this.underWay = null;
			this.lock.notifyAll();
		}
	}

	/** What is being loaded, or {@code null} once everything is. */
	public @Nullable String underWay() {
		synchronized (this.lock) {
			return this.underWay;
		}
	}

	/**
	 * Waits up to {@code timeout} for loading to end.
	 * @return whether everything is loaded
	 */
	public boolean awaitLoaded(Duration timeout) {
		long deadline = System.nanoTime() + timeout.toNanos();
		synchronized (this.lock) {
			while (this.underWay != null) {
				long left = deadline - System.nanoTime();
				if (left <= 0) {
					return false;
				}
				try {
					this.lock.wait(Math.max(1, left / 1_000_000));
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return false;
				}
			}
			return true;
		}
	}

}
