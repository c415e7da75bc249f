package eu.agora.twinning;

import eu.agora.conversation.UserError;

/** The answer when a change guarded by a version met someone else's change. */
final class Conflicts {

	private Conflicts() {
	}

	/**
	 * @param what what was changed, e.g. {@code T-7}
	 * @param look the command that shows it as it is now
	 */
	static UserError changedMeanwhile(String what, String look) {
		return new UserError(what + " was changed by someone else just now; nothing of yours was saved.",
				"Look at it with `" + look + "` and try again.");
	}

}
