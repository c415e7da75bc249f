package eu.agora.conversation;

import java.util.Locale;

/**
 * Where a conversation takes place.
 */
public enum Platform {

	SHELL, SLACK, DISCORD;

	/** Lower-case name used in identities and JSON, e.g. {@code slack}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
