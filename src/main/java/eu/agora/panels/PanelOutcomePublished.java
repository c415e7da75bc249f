package eu.agora.panels;

import java.time.Instant;
import java.util.List;

/**
 * A panel published a session's outcome: knowledge every city may use. It names no
 * person.
 *
 * @param outcomeId the stored outcome's id
 * @param panel the panel's name
 * @param domains the panel's domains
 * @param topic the session's topic
 * @param text the outcome, by question, unattributed
 * @param publishedAt when
 */
public record PanelOutcomePublished(String outcomeId, String panel, List<String> domains, String topic, String text,
		Instant publishedAt) {
}
