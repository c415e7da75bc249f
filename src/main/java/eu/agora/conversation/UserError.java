package eu.agora.conversation;

/**
 * Bad input or a request that cannot be done: the message says what is wrong, the hint
 * how to do it right. The conversation core turns it into an error {@link Reply}; nothing
 * is logged as a failure.
 */
public class UserError extends RuntimeException {

	private final String hint;

	public UserError(String message, String hint) {
		super(message, null, false, false);
		this.hint = hint;
	}

	public UserError(String message) {
		this(message, null);
	}

	public String hint() {
		return hint;
	}

	public Reply toReply() {
		return Reply.error(getMessage(), hint);
	}

}
