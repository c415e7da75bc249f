/**
 * The commitments ledger: structured commitments of cities and their sectoral partners,
 * each change an append-only event written before the current state, handover and change
 * of administration, reminders, and exports in the terms cities report in.
 */
@ApplicationModule(displayName = "Commitments ledger")
@NullMarked
package eu.agora.commitments;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
