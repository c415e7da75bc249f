package eu.agora.discord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a button or modal needs but cannot carry in its 100-character custom id (a form
 * with its fields, a long button value), kept in memory under a short random key. Bounded
 * in size and age: an entry lives as long as Discord lets an interaction be answered (15
 * minutes) and a restart forgets all, after which the user is asked to run the command
 * again.
 */
final class InteractionMemory {

	static final Duration LIFETIME = Duration.ofMinutes(15);

	private static final int MAX_ENTRIES = 10_000;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Map<String, Remembered> entries = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	InteractionMemory(Clock clock) {
		this.clock = clock;
	}

	synchronized String remember(Object value) {
		String key = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
		entries.put(key, new Remembered(value, clock.instant().plus(LIFETIME)));
		return key;
	}

	synchronized <T> Optional<T> recall(String key, Class<T> type) {
		Remembered entry = entries.get(key);
		if (entry == null || entry.expires().isBefore(clock.instant())) {
			entries.remove(key);
			return Optional.empty();
		}
		return type.isInstance(entry.value()) ? Optional.of(type.cast(entry.value())) : Optional.empty();
	}

	private record Remembered(Object value, Instant expires) {
	}

}
