package eu.agora.slack;

/**
 * Port: the Slack event ids already handled, so that Slack's retries of an event (same
 * {@code event_id}, {@code X-Slack-Retry-Num}) are handled once.
 */
interface ProcessedEvents {

	/** Records the event; {@code true} the first time an id is seen. */
	boolean firstTime(String eventId);

}
