package eu.agora.conversation;

/**
 * Who sees a reply.
 */
public enum Visibility {

	/** Only the person who asked. */
	EPHEMERAL,
	/** Everyone in the channel. */
	CHANNEL,
	/** Everyone in the thread the request came from. */
	THREAD,
	/** A direct message to one person. */
	DIRECT,
	/** A private conversation with a group of people. */
	GROUP

}
