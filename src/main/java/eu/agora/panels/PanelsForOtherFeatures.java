package eu.agora.panels;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Reply;

/**
 * {@link PanelChannels} from the panels and their published outcomes.
 */
@Component
class PanelsForOtherFeatures implements PanelChannels {

	private final Panels panels;

	private final Broadcasting broadcasting;

	private final PanelOutcomes outcomes;

	PanelsForOtherFeatures(Panels panels, Broadcasting broadcasting, PanelOutcomes outcomes) {
		this.panels = panels;
		this.broadcasting = broadcasting;
		this.outcomes = outcomes;
	}

	@Override
	public Posted post(String panelName, Reply message) {
		Panel panel = panels.named(panelName);
		return new Posted(panel.name(), broadcasting.toChannels(panel, message));
	}

	@Override
	public List<PanelOutcomePublished> publishedOutcomes() {
		return outcomes.all()
			.stream()
			.map((outcome) -> new PanelOutcomePublished(outcome.id(), outcome.panelName(), outcome.domains(),
					outcome.topic(), outcome.text(), outcome.publishedAt()))
			.toList();
	}

}
