package eu.agora.panels;

import java.util.Optional;
import java.util.function.Function;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.UserError;

/**
 * Who may do what in a panel: its moderators (and admins) run it; officers of its member
 * cities take part. The rules are declared on {@code /panel}'s specs in the catalog,
 * which runs them before the handler.
 */
final class PanelAccess {

	private PanelAccess() {
	}

	static boolean moderates(Caller caller, Panel panel) {
		return caller.isAdmin() || panel.moderators().contains(caller.personId());
	}

	/** Moderators of the panel that {@code panel} finds for a call. */
	static ObjectRule moderatorOf(Function<CommandCall, Panel> panel) {
		return new ObjectRule("moderators of that panel", (call) -> {
			Panel found = panel.apply(call);
			return moderates(call.caller(), found) ? Optional.empty()
					: Optional.of(new UserError("Only the moderators of " + found.name() + " do that.",
							"Ask one of them, or an admin, to add you as a moderator."));
		});
	}

	/**
	 * Officers of the member cities (and moderators) of the panel {@code panel} finds.
	 */
	static ObjectRule participantOf(Function<CommandCall, Panel> panel) {
		return new ObjectRule("officers of that panel's cities, and its moderators", (call) -> {
			Panel found = panel.apply(call);
			Caller caller = call.caller();
			boolean member = caller.cityKey() != null && found.memberCities().contains(caller.cityKey());
			return (member || moderates(caller, found)) ? Optional.empty()
					: Optional
						.of(new UserError("Key points are saved by the officers of " + found.name() + "'s cities.",
								"Join with `/panel join " + found.name() + "` (after `/city register <city>`)."));
		});
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
