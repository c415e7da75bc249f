package eu.agora.slack;

import org.jspecify.annotations.Nullable;

/**
 * Where the answer to one Slack request goes.
 *
 * @param channel the channel it came from, {@code null} when unknown
 * @param user the Slack user who asked
 * @param thread the thread's ts, or {@code null}
 * @param responseUrl Slack's {@code response_url} for this request, or {@code null}
 * @param triggerId the {@code trigger_id} that may open a modal (valid 3 s), or
 * {@code null}
 */
record ReplyTarget(@Nullable String channel, String user, @Nullable String thread, @Nullable String responseUrl,
		@Nullable String triggerId) {

	/** The same target without the ability to open a modal. */
	ReplyTarget withoutTrigger() {
		return new ReplyTarget(channel, user, thread, responseUrl, null);
	}

}
