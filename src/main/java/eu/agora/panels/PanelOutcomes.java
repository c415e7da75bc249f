package eu.agora.panels;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port: the published outcomes, one per session (its id), with no person named.
 */
interface PanelOutcomes {

	/** Stores the outcome, replacing one published for the same session. */
	void save(PanelOutcome outcome);

	/** Every outcome, oldest first. */
	List<PanelOutcome> all();

	/**
	 * The {@code limit} newest outcomes, of one panel or, when {@code panelId} is
	 * {@code null}, of all.
	 */
	List<PanelOutcome> latest(@Nullable String panelId, int limit);

}
