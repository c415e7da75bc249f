package eu.agora.panels;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@link Panels} in a map, for fast tests without MongoDB. */
class InMemoryPanels implements Panels {

	private final Map<String, Panel> panels = new LinkedHashMap<>();

	@Override
	public boolean add(Panel panel) {
		return panels.putIfAbsent(panel.id(), panel) == null;
	}

	@Override
	public Optional<Panel> byId(String id) {
		return Optional.ofNullable(panels.get(id));
	}

	@Override
	public List<Panel> all() {
		return panels.values().stream().sorted(Comparator.comparing(Panel::name)).toList();
	}

	@Override
	public Optional<Panel> boundTo(String channel) {
		return panels.values().stream().filter((panel) -> panel.channels().contains(channel)).findFirst();
	}

	@Override
	public boolean replace(Panel changed, long expectedVersion) {
		Panel current = panels.get(changed.id());
		return current != null && current.version() == expectedVersion && panels.put(changed.id(), changed) != null;
	}

}
