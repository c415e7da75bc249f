package eu.agora.panels;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/** {@link PanelSessions} in a map ordered by id, for fast tests without MongoDB. */
class InMemoryPanelSessions implements PanelSessions {

	private final Map<String, PanelSession> sessions = new TreeMap<>();

	@Override
	public PanelSession add(PanelSession session) {
		sessions.put(session.id(), session);
		return session;
	}

	@Override
	public Optional<PanelSession> current(String panelId) {
		return of(panelId, PanelSession.State.RUNNING).findFirst()
			.or(() -> of(panelId, PanelSession.State.SCHEDULED).min(Comparator.comparing(PanelSession::scheduledAt)));
	}

	@Override
	public Optional<PanelSession> latestHeld(String panelId) {
		return sessions.values()
			.stream()
			.filter((s) -> s.panelId().equals(panelId) && s.state() != PanelSession.State.SCHEDULED)
			.reduce((a, b) -> b);
	}

	@Override
	public List<PanelSession> scheduled() {
		return sessions.values().stream().filter((s) -> s.state() == PanelSession.State.SCHEDULED).toList();
	}

	@Override
	public boolean replace(PanelSession changed, long expectedVersion) {
		PanelSession current = sessions.get(changed.id());
		return current != null && current.version() == expectedVersion && sessions.put(changed.id(), changed) != null;
	}

	private Stream<PanelSession> of(String panelId, PanelSession.State state) {
		return sessions.values().stream().filter((s) -> s.panelId().equals(panelId) && s.state() == state);
	}

}
