package eu.agora.knowledge.ingestion;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.panels.PanelChannels;
import eu.agora.panels.PanelOutcomePublished;

/**
 * Keeps every published panel outcome as knowledge every city can find. The event is
 * handled as it is published; should that fail, {@link #catchUp()} (at start and with
 * each index check) ingests the outcomes that are missing, so none is lost.
 */
@Component
class PanelOutcomeKnowledge {

	private static final Logger log = LoggerFactory.getLogger(PanelOutcomeKnowledge.class);

	private final Ingestion ingestion;

	private final KnowledgeDocuments documents;

	private final PanelChannels panels;

	PanelOutcomeKnowledge(Ingestion ingestion, KnowledgeDocuments documents, PanelChannels panels) {
		this.ingestion = ingestion;
		this.documents = documents;
		this.panels = panels;
	}

	@EventListener
	void on(PanelOutcomePublished outcome) {
		try {
			ingest(outcome);
		}
		catch (RuntimeException ex) {
			log.warn("Panel outcome {} not yet kept as knowledge ({}); it will be on the next index check",
					outcome.outcomeId(), ex.toString());
		}
	}

	@Scheduled(fixedDelayString = "PT5M", initialDelayString = "PT5M")
	void catchUp() {
		for (PanelOutcomePublished outcome : panels.publishedOutcomes()) {
			if (documents.document(source(outcome)).isEmpty()) {
				ingest(outcome);
			}
		}
	}

	private void ingest(PanelOutcomePublished outcome) {
		String title = "Panel outcome: " + outcome.panel() + " — " + outcome.topic();
		String markdown = "# " + outcome.topic() + "\n\n" + outcome.text();
		ingestion.text(source(outcome), title, markdown, DocumentKind.PANEL_OUTCOME, null, outcome.domains(), null);
	}

	private static String source(PanelOutcomePublished outcome) {
		return "panel:" + outcome.outcomeId();
	}

}
