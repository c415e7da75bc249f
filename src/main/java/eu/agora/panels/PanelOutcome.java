package eu.agora.panels;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A published outcome, in {@code panel_outcomes}: what a session found, by question, with
 * no person named.
 */
record PanelOutcome(@Id String id, String panelId, String panelName, List<String> domains, String topic, String text,
		Instant publishedAt) {
}
