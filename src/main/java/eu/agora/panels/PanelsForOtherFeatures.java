package eu.agora.panels;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Reply;

/**
 * {@link PanelChannels} from the panel store and the stored outcomes.
 */
@Component
class PanelsForOtherFeatures implements PanelChannels {

	private final PanelStore store;

	private final Broadcasting broadcasting;

	private final MongoTemplate mongo;

	PanelsForOtherFeatures(PanelStore store, Broadcasting broadcasting, MongoTemplate mongo) {
		this.store = store;
		this.broadcasting = broadcasting;
		this.mongo = mongo;
	}

	@Override
	public Posted post(String panelName, Reply message) {
		Panel panel = store.resolve(panelName);
		return new Posted(panel.name(), broadcasting.toChannels(panel, message));
	}

	@Override
	public List<PanelOutcomePublished> publishedOutcomes() {
		return mongo.find(new Query().with(Sort.by("publishedAt")), PanelOutcome.class)
			.stream()
			.map((outcome) -> new PanelOutcomePublished(outcome.id(), outcome.panelName(), outcome.domains(),
					outcome.topic(), outcome.text(), outcome.publishedAt()))
			.toList();
	}

}
