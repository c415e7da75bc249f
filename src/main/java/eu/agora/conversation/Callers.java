package eu.agora.conversation;

/**
 * Port: who is behind a platform account. A sender never seen before becomes a new
 * person.
 */
public interface Callers {

	Caller identify(Sender sender);

}
