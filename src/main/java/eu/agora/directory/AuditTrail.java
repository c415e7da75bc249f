package eu.agora.directory;

import java.util.List;

/**
 * Port: the append-only audit history of memberships and roles. Events are only ever
 * added; erasing a person replaces their id by an anonymous subject and keeps the events.
 */
interface AuditTrail {

	/** Appends an event; its id and time are given by the caller. */
	void append(AuditEvent event);

	/** Events whose subject or actor is {@code personId}, oldest first. */
	List<AuditEvent> involving(String personId);

	/** Events about {@code scope} (e.g. {@code city:seville}), oldest first. */
	List<AuditEvent> inScope(String scope);

	/** The latest {@code limit} events, oldest first. */
	List<AuditEvent> latest(int limit);

	/** Names {@code anonymousSubject} instead of {@code personId} in every event. */
	void anonymise(String personId, String anonymousSubject);

}
