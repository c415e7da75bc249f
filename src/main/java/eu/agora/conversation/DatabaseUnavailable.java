package eu.agora.conversation;

import org.springframework.dao.DataAccessResourceFailureException;

/**
 * The answer when the database cannot be reached (Spring's
 * {@link DataAccessResourceFailureException}, which a lost MongoDB raises once the
 * driver's server selection gives up): a clear "try again shortly" instead of an
 * incident, since the fault is passing and not the request's.
 */
public final class DatabaseUnavailable {

	/**
	 * The reply every adapter gives for a request that needed the unreachable database.
	 */
	public static final Reply REPLY = Reply.error("Agora cannot reach its database right now.",
			"Try again shortly: it usually comes back within a minute. A step that failed was not stored.");

	private DatabaseUnavailable() {
	}

	/**
	 * Whether {@code failure} (or a cause of it) is a database that cannot be reached.
	 */
	public static boolean is(Throwable failure) {
		for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
			if (cause instanceof DataAccessResourceFailureException) {
				return true;
			}
		}
		return false;
	}

}
