package eu.agora.panels;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;

/**
 * Who may do what in a panel: its moderators (and admins) run it; officers of its member
 * cities take part.
 */
final class PanelAccess {

	private PanelAccess() {
	}

	static boolean moderates(Caller caller, Panel panel) {
		return caller.isAdmin() || panel.moderators().contains(caller.personId());
	}

	static void checkModerator(Caller caller, Panel panel) {
		if (!moderates(caller, panel)) {
			throw new UserError("Only the moderators of " + panel.name() + " do that.",
					"Ask one of them, or an admin, to add you as a moderator.");
		}
	}

	static void checkParticipant(Caller caller, Panel panel) {
		boolean member = caller.cityKey() != null && panel.memberCities().contains(caller.cityKey());
		if (!member && !moderates(caller, panel)) {
			throw new UserError("Key points are saved by the officers of " + panel.name() + "'s cities.",
					"Join with `/panel join " + panel.name() + "` (after `/city register <city>`).");
		}
	}

	/**
	 * The name as typed in a command where more follows it: quoted when it has spaces.
	 */
	static String quoted(String name) {
		return name.contains(" ") ? "\"" + name + "\"" : name;
	}

	static void checkOpen(Panel panel) {
		if (panel.archived()) {
			throw new UserError(panel.name() + " is archived.");
		}
	}

}
