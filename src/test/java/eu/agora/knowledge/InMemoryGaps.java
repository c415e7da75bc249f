package eu.agora.knowledge;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link Gaps} in a map, for fast tests of the use cases: {@code openKey} is unique among
 * the stored gaps, as the unique index makes it in MongoDB.
 */
class InMemoryGaps implements Gaps {

	private final Map<String, Gap> byId = new LinkedHashMap<>();

	@Override
	public synchronized Optional<Gap> join(String openKey, String personId) {
		return withOpenKey(openKey).map((gap) -> {
			List<String> askers = new ArrayList<>(gap.askers());
			if (!askers.contains(personId)) {
				askers.add(personId);
			}
			return store(new Gap(gap.id(), gap.question(), gap.openKey(), gap.status(), gap.reason(), gap.cityKey(),
					askers, gap.routedTo(), gap.answer(), gap.answeredBy(), gap.createdAt(), gap.answeredAt()));
		});
	}

	@Override
	public synchronized boolean open(Gap gap) {
		if (withOpenKey(gap.openKey()).isPresent() || byId.containsKey(gap.id())) {
			return false;
		}
		store(gap);
		return true;
	}

	@Override
	public synchronized Optional<Gap> gap(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	@Override
	public synchronized List<Gap> unanswered() {
		return byId.values()
			.stream()
			.filter((gap) -> gap.status() != Gap.Status.ANSWERED)
			.sorted(Comparator.comparing(Gap::createdAt))
			.toList();
	}

	@Override
	public synchronized void routed(String id, String to) {
		Gap gap = byId.get(id);
		List<String> routedTo = new ArrayList<>(gap.routedTo());
		if (!routedTo.contains(to)) {
			routedTo.add(to);
		}
		store(new Gap(id, gap.question(), gap.openKey(), Gap.Status.ROUTED, gap.reason(), gap.cityKey(), gap.askers(),
				routedTo, gap.answer(), gap.answeredBy(), gap.createdAt(), gap.answeredAt()));
	}

	@Override
	public synchronized void answered(String id, String answer, String answeredBy, Instant answeredAt) {
		Gap gap = byId.get(id);
		store(new Gap(id, gap.question(), id, Gap.Status.ANSWERED, gap.reason(), gap.cityKey(), gap.askers(),
				gap.routedTo(), answer, answeredBy, gap.createdAt(), answeredAt));
	}

	private Optional<Gap> withOpenKey(String openKey) {
		return byId.values().stream().filter((gap) -> gap.openKey().equals(openKey)).findFirst();
	}

	private Gap store(Gap gap) {
		byId.put(gap.id(), gap);
		return gap;
	}

}
