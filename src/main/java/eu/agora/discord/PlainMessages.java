package eu.agora.discord;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

import net.dv8tion.jda.api.entities.Member;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.entities.channel.concrete.ThreadChannel;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

/**
 * Plain messages to the bot: a direct message, or a message in a channel that mentions
 * it. Like a mention on Slack, the text (mentions removed) is a command when it starts
 * with {@code /}, else a message, which the core asks as a question when it reads as one.
 * The answer is posted as a reply to the message, in the same channel. Other messages,
 * and those of bots (Agora's own included), are left alone. Discord gives the text of
 * exactly these messages without the privileged message-content intent.
 */
final class PlainMessages extends ListenerAdapter {

	private static final Logger log = LoggerFactory.getLogger(PlainMessages.class);

	private final Conversation conversation;

	private final MessageRendering rendering;

	private final Executor workers;

	PlainMessages(Conversation conversation, MessageRendering rendering, Executor workers) {
		this.conversation = conversation;
		this.rendering = rendering;
		this.workers = workers;
	}

	@Override
	public void onMessageReceived(MessageReceivedEvent event) {
		Message message = event.getMessage();
		User author = event.getAuthor();
		if (author.isBot() || author.isSystem() || event.isWebhookMessage()) {
			return;
		}
		boolean direct = event.isFromType(ChannelType.PRIVATE);
		if (!direct && !message.getMentions().isMentioned(event.getJDA().getSelfUser(), Message.MentionType.USER)) {
			return;
		}
		String text = withoutMentions(message.getContentRaw());
		if (text.isEmpty()) {
			return;
		}
		Inbound inbound = inbound(event, text, direct);
		CompletableFuture.supplyAsync(() -> conversation.handle(inbound), workers)
			.thenAccept((reply) -> answer(message, reply))
			.exceptionally((failure) -> {
				log.error("Could not answer Discord message {}", message.getId(), failure);
				return null;
			});
	}

	static String withoutMentions(String text) {
		return text.replaceAll("<@!?\\d+>", "").strip();
	}

	private void answer(Message message, Reply reply) {
		boolean first = true;
		for (var data : rendering.render(reply)) {
			(first ? message.reply(data) : message.getChannel().sendMessage(data)).queue(null, (failure) -> log
				.warn("Could not post the answer to Discord message {}: {}", message.getId(), failure.toString()));
			first = false;
		}
	}

	private static Inbound inbound(MessageReceivedEvent event, String text, boolean direct) {
		Input input = text.startsWith("/") ? new Input.CommandText(text) : new Input.Message(text);
		String channelId = event.getChannel().getId();
		String thread = null;
		if (event.getChannel() instanceof ThreadChannel threadChannel) {
			thread = threadChannel.getId();
			channelId = threadChannel.getParentChannel().getId();
		}
		String guild = direct ? null : event.getGuild().getId();
		return new Inbound(sender(event.getAuthor(), event.getMember()), guild, channelId, thread, null, input);
	}

	private static Sender sender(User author, @Nullable Member member) {
		String name = (member != null) ? member.getEffectiveName() : author.getEffectiveName();
		Set<String> roles = InboundMapping.roleNames(member);
		return new Sender(Platform.DISCORD, author.getId(), name, roles);
	}

}
