package eu.agora.storage;

/**
 * Whether the database answers, as the driver last saw it — without a round trip, so a
 * request that must answer within a few seconds (a Slack acknowledgement) can skip the
 * database at once while it is lost instead of waiting for the driver to give up.
 */
public interface DatabaseReachability {

	/** {@code false} when the driver currently knows no server it can reach. */
	boolean reachable();

}
