/**
 * Twinning: city profiles, explained partner suggestions, optimal matching of a cohort,
 * introductions in private group conversations, follow-ups and a pair's way through to a
 * replication plan in the commitments ledger. Other features read its steps through
 * {@link eu.agora.twinning.TwinningActivity}.
 */
@ApplicationModule(displayName = "Twinning")
@NullMarked
package eu.agora.twinning;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
