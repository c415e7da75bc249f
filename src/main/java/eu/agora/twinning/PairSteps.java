package eu.agora.twinning;

import java.util.List;

/**
 * Port: the append-only history of the pairs' statuses.
 */
interface PairSteps {

	/** Appends {@code step}; {@code false} when a step with its id exists. */
	boolean append(PairStep step);

	/** Removes a first step whose pair lost the race to be created. */
	void withdraw(String stepId);

	/** A pair's steps, oldest first. */
	List<PairStep> of(String pairId);

	/** Every step a person moved, for their export. */
	List<PairStep> byActor(String personId);

	/** Replaces the person's id by {@code label} in every step they moved. */
	void anonymise(String personId, String label);

}
