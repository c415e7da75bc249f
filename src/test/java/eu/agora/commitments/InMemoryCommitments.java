package eu.agora.commitments;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** {@link Commitments} in a map ordered by id, for fast tests without MongoDB. */
class InMemoryCommitments implements Commitments {

	private final Map<String, Commitment> states = new TreeMap<>();

	@Override
	public Optional<Commitment> byId(String id) {
		return Optional.ofNullable(states.get(id));
	}

	@Override
	public List<Commitment> matching(CommitmentFilter filter) {
		return states.values().stream().filter(filter::matches).toList();
	}

	@Override
	public boolean add(Commitment fresh) {
		boolean titleTaken = !matching(CommitmentFilter.ANY.inCity(fresh.cityKey()).titled(fresh.titleKey())).isEmpty();
		return !titleTaken && states.putIfAbsent(fresh.id(), fresh) == null;
	}

	@Override
	public boolean replace(Commitment after, long expectedVersion) {
		Commitment current = states.get(after.id());
		if (current == null || current.version() != expectedVersion) {
			return false;
		}
		states.put(after.id(), after);
		return true;
	}

	@Override
	public void repair(Commitment fromEvent) {
		states.computeIfPresent(fromEvent.id(),
				(id, current) -> (current.version() < fromEvent.version()) ? fromEvent : current);
	}

}
