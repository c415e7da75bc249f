package eu.agora.panels;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@link PanelDirectory} from the stored panels.
 */
@Component
class PanelListing implements PanelDirectory {

	private final Panels panels;

	PanelListing(Panels panels) {
		this.panels = panels;
	}

	@Override
	public List<PanelInfo> active() {
		return panels.all()
			.stream()
			.filter((panel) -> !panel.archived())
			.map((panel) -> new PanelInfo(panel.name(), panel.memberCities(), panel.channels()))
			.toList();
	}

}
