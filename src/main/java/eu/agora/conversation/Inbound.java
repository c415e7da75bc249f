package eu.agora.conversation;

import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * Something a person said or did on a platform, in neutral form.
 *
 * @param sender who said it
 * @param workspace Slack team or Discord guild id; {@code null} in the shell or a DM
 * @param channel channel id, {@code null} when not in a channel
 * @param thread thread id, {@code null} when not in a thread
 * @param locale the sender's locale, when the platform tells it
 * @param input the command, message, button press or form submission
 */
public record Inbound(Sender sender, @Nullable String workspace, @Nullable String channel, @Nullable String thread,
		@Nullable Locale locale, Input input) {

	public Inbound {
		Objects.requireNonNull(sender, "sender");
		Objects.requireNonNull(input, "input");
		locale = (locale != null) ? locale : Locale.ENGLISH;
	}

	/** An inbound without workspace, channel or thread, as from the shell. */
	public static Inbound direct(Sender sender, Input input) {
		return new Inbound(sender, null, null, null, Locale.ENGLISH, input);
	}

	public Platform platform() {
		return sender.platform();
	}

}
