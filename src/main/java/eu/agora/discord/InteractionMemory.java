package eu.agora.discord;

import java.time.Duration;
import java.util.Optional;

/**
 * What a button or modal needs but cannot carry in its 100-character custom id (a form
 * with its fields, a long button value), kept under a short random key. An entry lives as
 * long as Discord lets an interaction be answered (15 minutes); after that the user is
 * asked to run the command again.
 */
interface InteractionMemory {

	Duration LIFETIME = Duration.ofMinutes(15);

	/** Keeps {@code value} (a {@link CustomIds.Pressed.Action}, a form or a form id). */
	String remember(Object value);

	/** What was kept under {@code key}, if it is still there and of {@code type}. */
	<T> Optional<T> recall(String key, Class<T> type);

}
