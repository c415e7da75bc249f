package eu.agora.panels;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@link PanelOutcomes} in a map keyed by session, for fast tests without MongoDB. */
class InMemoryPanelOutcomes implements PanelOutcomes {

	private final Map<String, PanelOutcome> outcomes = new LinkedHashMap<>();

	@Override
	public void save(PanelOutcome outcome) {
		outcomes.put(outcome.id(), outcome);
	}

	@Override
	public List<PanelOutcome> all() {
		return outcomes.values().stream().sorted(Comparator.comparing(PanelOutcome::publishedAt)).toList();
	}

	@Override
	public List<PanelOutcome> latest(String panelId, int limit) {
		return all().reversed()
			.stream()
			.filter((outcome) -> panelId == null || outcome.panelId().equals(panelId))
			.limit(limit)
			.toList();
	}

}
