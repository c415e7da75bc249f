package eu.agora.panels;

import java.time.Instant;

import org.springframework.data.annotation.Id;

/**
 * A key point saved to a round, in {@code panel_key_points}. The contributor is kept for
 * privacy requests (export, erasure) and is never shown: outcomes attribute nothing.
 */
record KeyPoint(@Id String id, String sessionId, int round, String text, String contributorPersonId, Instant at) {
}
