package eu.agora.commitments;

import java.time.Instant;

/**
 * Published after every change to a commitment, for digests and other listeners.
 *
 * @param commitmentId e.g. {@code C-17}
 * @param cityKey the commitment's city
 * @param change what happened, e.g. {@code created}, {@code updated}, {@code handed-over}
 * @param at when
 */
public record CommitmentChanged(String commitmentId, String cityKey, String change, Instant at) {
}
