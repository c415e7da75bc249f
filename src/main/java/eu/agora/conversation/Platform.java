package eu.agora.conversation;

/**
 * Where a conversation takes place.
 */
public enum Platform {

	SHELL, SLACK, DISCORD;

	/** Lower-case name used in identities and JSON, e.g. {@code slack}. */
	public String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
