package eu.agora.conversation;

/**
 * Port for proactive messages (reminders, digests, introductions). Each adapter
 * implements it for its platform; features only name the {@link Address}.
 */
public interface Messenger {

	/**
	 * Delivers {@code message} to {@code to}.
	 * @throws UndeliverableException when no adapter can reach the address
	 */
	void send(Address to, Reply message);

	/** The address cannot be reached on any running platform. */
	class UndeliverableException extends RuntimeException {

		public UndeliverableException(String message) {
			super(message);
		}

	}

}
