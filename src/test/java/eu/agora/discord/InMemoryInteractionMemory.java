package eu.agora.discord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link InteractionMemory} in memory, for fast tests of custom ids and rendering.
 */
final class InMemoryInteractionMemory implements InteractionMemory {

	private static final int MAX_ENTRIES = 10_000;

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Map<String, Remembered> entries = new LinkedHashMap<>(16, 0.75f, false) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Remembered> eldest) {
			return size() > MAX_ENTRIES;
		}

	};

	InMemoryInteractionMemory(Clock clock) {
		this.clock = clock;
	}

	@Override
	public synchronized String remember(Object value) {
		String key = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
		entries.put(key, new Remembered(value, clock.instant().plus(LIFETIME)));
		return key;
	}

	@Override
	public synchronized <T> Optional<T> recall(String key, Class<T> type) {
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
