package eu.agora.slack;

import java.util.Set;

/**
 * Slack refuses a message in which two buttons share an {@code action_id}, while the
 * catalog may give several buttons the same id with different values. Repeated ids get a
 * {@code #n} suffix that is removed again when the button is pressed.
 */
final class ActionIds {

	private ActionIds() {
	}

	static String unique(String actionId, Set<String> used) {
		String candidate = actionId;
		for (int n = 2; !used.add(candidate); n++) {
			candidate = actionId + "#" + n;
		}
		return candidate;
	}

	static String catalogId(String slackActionId) {
		return slackActionId.replaceFirst("#\\d+$", "");
	}

}
