package eu.agora.knowledge.search;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * How far this instance's search index is behind MongoDB, for health.
 */
interface IndexLag {

	/** Time since the index last caught up with MongoDB. */
	Duration behind();

	/** When the index last caught up. */
	Instant caughtUpAt();

	/** Why the last attempt to catch up failed, or {@code null} when it did not. */
	@Nullable String failing();

}
