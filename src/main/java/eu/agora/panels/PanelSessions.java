package eu.agora.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Port: the panels' sessions — scheduled, running or ended. Changes are guarded by the
 * session's version.
 */
interface PanelSessions {

	PanelSession add(PanelSession session);

	/** The panel's running session, else its next scheduled one. */
	Optional<PanelSession> current(String panelId);

	/** The panel's most recent session that has rounds, running or ended. */
	Optional<PanelSession> latestHeld(String panelId);

	/** Every session still scheduled. */
	List<PanelSession> scheduled();

	/** Replaces the session if it is still at {@code expectedVersion}. */
	boolean replace(PanelSession changed, long expectedVersion);

	/** Applies {@code change} to the session as the caller saw it. */
	default PanelSession change(PanelSession session, UnaryOperator<PanelSession> change) {
		PanelSession changed = PanelCopies.versioned(change.apply(session), session.version() + 1);
		if (!replace(changed, session.version())) {
			throw PanelCopies.changedMeanwhile("this session");
		}
		return changed;
	}

}
