package eu.agora.conversation;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Bad input or a request that cannot be done: the message says what is wrong, the hint
 * how to do it right (trailing whitespace is dropped from the message, so that a sentence
 * followed by an empty suggestion ends cleanly). The conversation core turns it into an
 * error {@link Reply}; nothing is logged as a failure.
 */
public class UserError extends RuntimeException {

	private final @Nullable String hint;

	public UserError(String message, @Nullable String hint) {
		// "There is no panel "X". " + an empty "Did you mean …?" leaves a trailing space
		super(message.stripTrailing(), null, false, false);
		this.hint = hint;
	}

	public UserError(String message) {
		this(message, null);
	}

	/**
	 * For a problem caused by a failure worth keeping for diagnosis (e.g. the I/O error
	 * behind a failed download); the user still sees only the message and hint.
	 */
	protected UserError(String message, @Nullable String hint, @Nullable Throwable cause) {
		super(message.stripTrailing(), cause, false, false);
		this.hint = hint;
	}

	public @Nullable String hint() {
		return hint;
	}

	public Reply toReply() {
		// every constructor takes a non-null message
		return Reply.error(Objects.requireNonNull(getMessage()), hint);
	}

}
