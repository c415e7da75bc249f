package eu.agora.panels;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A published outcome, in {@code panel_outcomes}: what a session found, by question, with
 * no person named.
 */
@Document("panel_outcomes")
record PanelOutcome(@Id String id, String panelId, String panelName, List<String> domains, String topic, String text,
		Instant publishedAt) {
}
