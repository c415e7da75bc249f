package eu.agora.commitments;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link CommitmentEvents} in a map keyed by event id, for fast tests without MongoDB.
 */
class InMemoryCommitmentEvents implements CommitmentEvents {

	private final Map<String, CommitmentEvent> events = new LinkedHashMap<>();

	@Override
	public boolean append(CommitmentEvent event) {
		return events.putIfAbsent(event.id(), event) == null;
	}

	@Override
	public void withdraw(String eventId) {
		events.remove(eventId);
	}

	@Override
	public List<CommitmentEvent> of(String commitmentId) {
		return events.values()
			.stream()
			.filter((event) -> event.commitmentId().equals(commitmentId))
			.sorted(Comparator.comparingLong(CommitmentEvent::sequence))
			.toList();
	}

	@Override
	public Optional<CommitmentEvent> latestAfter(String commitmentId, long version) {
		return of(commitmentId).stream().filter((event) -> event.sequence() > version).reduce((a, b) -> b);
	}

	@Override
	public Map<String, Long> lastSequences(Collection<String> commitmentIds) {
		Map<String, Long> last = new HashMap<>();
		commitmentIds.forEach((id) -> latestAfter(id, Long.MIN_VALUE).ifPresent((e) -> last.put(id, e.sequence())));
		return last;
	}

	@Override
	public List<CommitmentEvent> between(Collection<String> cityKeys, Instant from, Instant to) {
		return events.values()
			.stream()
			.filter((event) -> cityKeys.contains(event.after().cityKey()))
			.filter((event) -> !event.at().isBefore(from) && event.at().isBefore(to))
			.sorted(Comparator.comparing(CommitmentEvent::at).thenComparingLong(CommitmentEvent::sequence))
			.toList();
	}

}
