package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.channel.concrete.TextChannel;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.PermissionException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Element;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

/**
 * Proactive messages on Discord. A direct message to someone whose DMs are closed
 * (Discord error 50007) goes, with a mention, to the guild channel where that person last
 * used Agora; without one it is undeliverable. A group conversation is a private thread
 * in {@code agora.discord.group-channel-id} with the members added. Only the instance
 * that holds the Discord gateway delivers; on the others a message is undeliverable.
 * Calls block until Discord answered, so call them from a job's thread, never from a JDA
 * callback.
 */
final class DiscordMessenger implements PlatformMessenger {

	private static final Logger log = LoggerFactory.getLogger(DiscordMessenger.class);

	private static final int THREAD_NAME = 100;

	private final DiscordGateway gateway;

	private final MessageRendering rendering;

	private final LastSeenChannels lastSeen;

	private final @Nullable String groupChannelId;

	DiscordMessenger(DiscordGateway gateway, MessageRendering rendering, LastSeenChannels lastSeen,
			@Nullable String groupChannelId) {
		this.gateway = gateway;
		this.rendering = rendering;
		this.lastSeen = lastSeen;
		this.groupChannelId = groupChannelId;
	}

	@Override
	public Platform platform() {
		return Platform.DISCORD;
	}

	@Override
	public void toChannel(String channelId, Reply message) {
		MessageChannel channel = jda().getChannelById(MessageChannel.class, channelId);
		if (channel == null) {
			throw new Messenger.UndeliverableException("The Discord bot cannot see channel " + channelId);
		}
		send(channel, message);
	}

	@Override
	public void toUser(String userId, Reply message) {
		try {
			send(jda().retrieveUserById(userId).complete().openPrivateChannel().complete(), message);
		}
		catch (ErrorResponseException ex) {
			if (ex.getErrorResponse() != ErrorResponse.CANNOT_SEND_TO_USER) {
				throw new Messenger.UndeliverableException(
						"Discord refused a direct message to " + userId + ": " + ex.getMeaning());
			}
			Optional<String> channel = lastSeen.of(userId);
			log.warn("Discord user {} does not accept direct messages; {}", userId,
					channel.map((id) -> "posting in channel " + id + " with a mention")
						.orElse("no channel to fall back to"));
			String fallback = channel.orElseThrow(() -> new Messenger.UndeliverableException(
					"Discord user " + userId + " does not accept direct messages and has not used Agora in a channel"));
			toChannel(fallback, mention(userId, message));
		}
	}

	@Override
	public void toGroup(List<String> userIds, Reply message) {
		if (groupChannelId == null) {
			throw new Messenger.UndeliverableException(
					"Group conversations on Discord need agora.discord.group-channel-id (a text channel for private threads)");
		}
		TextChannel parent = jda().getTextChannelById(groupChannelId);
		if (parent == null) {
			throw new Messenger.UndeliverableException("The Discord bot cannot see agora.discord.group-channel-id "
					+ groupChannelId + " or it is not a text channel");
		}
		ThreadChannel thread;
		try {
			thread = parent.createThreadChannel(threadName(message), true).complete();
		}
		catch (PermissionException ex) {
			throw new Messenger.UndeliverableException("The Discord bot may not open private threads in "
					+ parent.getName() + " (agora.discord.group-channel-id): " + ex.getMessage());
		}
		userIds.forEach((userId) -> thread.addThreadMemberById(userId).complete());
		send(thread, message);
	}

	/**
	 * The gateway connection; only the instance that holds the Discord lease has one, so
	 * on the others a message is undeliverable (a job releases its claim and tries again
	 * at its next run).
	 */
	private JDA jda() {
		return gateway.jda()
			.orElseThrow(() -> new Messenger.UndeliverableException(
					"This instance does not hold the Discord gateway (another instance does)"));
	}

	private void send(MessageChannel channel, Reply message) {
		try {
			rendering.render(message).forEach((data) -> channel.sendMessage(data).complete());
		}
		catch (PermissionException ex) {
			throw new Messenger.UndeliverableException("The Discord bot may not post in " + channel.getName() + " ("
					+ channel.getId() + "): " + ex.getMessage());
		}
	}

	private static Reply mention(String userId, Reply message) {
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text("<@" + userId + ">"));
		elements.addAll(message.elements());
		return new Reply(elements, message.visibility(), message.error());
	}

	static String threadName(Reply message) {
		String name = message.elements().stream().map((element) -> switch (element) {
			case Element.Section section when section.title() != null -> section.title();
			case Element.Text text -> text.markup().lines().findFirst().orElse("");
			default -> "";
		}).filter((text) -> !text.isBlank()).findFirst().orElse("Agora");
		return Chunks.shorten(PlainText.strip(name).strip(), THREAD_NAME);
	}

}
