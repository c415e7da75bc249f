package eu.agora.slack;

import java.util.List;
import java.util.Objects;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.payload.MessageShortcutPayload;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.views.payload.ViewSubmissionPayload;
import com.slack.api.model.File;
import com.slack.api.model.Message;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.FileRef;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;

/**
 * Slack payloads in the neutral model: who sent them, from where, and what they ask. The
 * sender carries the payload's name only; {@link SlackPeople} adds the name people see
 * and the user groups ({@link Sender#platformRoles()}).
 */
final class SlackInbounds {

	private SlackInbounds() {
	}

	static Inbound command(SlashCommandPayload payload) {
		String text = (payload.getText() != null) ? payload.getText() : "";
		return new Inbound(sender(payload.getUserId(), payload.getUserName()), payload.getTeamId(),
				payload.getChannelId(), null, null, new Input.CommandText(payload.getCommand() + " " + text));
	}

	static ReplyTarget target(SlashCommandPayload payload) {
		return new ReplyTarget(payload.getChannelId(), payload.getUserId(), null, payload.getResponseUrl(),
				payload.getTriggerId());
	}

	static Inbound action(BlockActionPayload payload) {
		BlockActionPayload.Action action = payload.getActions().get(0);
		String value = (action.getSelectedOption() != null) ? action.getSelectedOption().getValue() : action.getValue();
		return new Inbound(sender(payload.getUser().getId(), payload.getUser().getUsername()), teamId(payload),
				channelId(payload), threadTs(payload), null,
				new Input.Action(ActionIds.catalogId(action.getActionId()), value, null, List.of()));
	}

	static ReplyTarget target(BlockActionPayload payload) {
		return new ReplyTarget(channelId(payload), payload.getUser().getId(), threadTs(payload),
				payload.getResponseUrl(), payload.getTriggerId());
	}

	static Inbound shortcut(MessageShortcutPayload payload) {
		String channel = (payload.getChannel() != null) ? payload.getChannel().getId() : null;
		Message message = payload.getMessage();
		String text = (message != null) ? message.getText() : null;
		List<FileRef> files = (message != null) ? files(message) : List.of();
		return new Inbound(sender(payload.getUser().getId(), payload.getUser().getName()),
				(payload.getTeam() != null) ? payload.getTeam().getId() : null, channel, null, null,
				new Input.Action(payload.getCallbackId(), null, text, files));
	}

	/**
	 * The message's files that Agora can fetch: those with a private URL (a file hidden
	 * by the workspace's plan or deleted has none).
	 */
	static List<FileRef> files(Message message) {
		if (message.getFiles() == null) {
			return List.of();
		}
		return message.getFiles()
			.stream()
			.filter((file) -> url(file) != null)
			// url(file) is not null: the filter above kept only such files
			.map((file) -> new FileRef((file.getName() != null) ? file.getName() : file.getId(), file.getMimetype(),
					(file.getSize() != null) ? file.getSize() : -1, Objects.requireNonNull(url(file))))
			.toList();
	}

	private static @Nullable String url(File file) {
		return (file.getUrlPrivate() != null) ? file.getUrlPrivate() : file.getUrlPrivateDownload();
	}

	static ReplyTarget target(MessageShortcutPayload payload) {
		String channel = (payload.getChannel() != null) ? payload.getChannel().getId() : null;
		return new ReplyTarget(channel, payload.getUser().getId(), null, payload.getResponseUrl(),
				payload.getTriggerId());
	}

	static Inbound submission(ViewSubmissionPayload payload) {
		return new Inbound(sender(payload.getUser().getId(), payload.getUser().getUsername()),
				(payload.getTeam() != null) ? payload.getTeam().getId() : null, channel(payload), null, null,
				new Input.FormSubmission(payload.getView().getCallbackId(),
						Modals.values(payload.getView().getState())));
	}

	static ReplyTarget target(ViewSubmissionPayload payload) {
		return new ReplyTarget(channel(payload), payload.getUser().getId(), null, null, null);
	}

	static Inbound mention(EventsApiPayload<AppMentionEvent> payload) {
		AppMentionEvent event = payload.getEvent();
		String text = stripMentions(event.getText());
		Input input = text.startsWith("/") ? new Input.CommandText(text) : new Input.Message(text);
		return new Inbound(sender(event.getUser(), null), payload.getTeamId(), event.getChannel(), event.getThreadTs(),
				null, input);
	}

	static ReplyTarget target(EventsApiPayload<AppMentionEvent> payload) {
		AppMentionEvent event = payload.getEvent();
		String thread = (event.getThreadTs() != null) ? event.getThreadTs() : event.getTs();
		return new ReplyTarget(event.getChannel(), event.getUser(), thread, null, null);
	}

	/**
	 * Whether a {@code message} event is a person writing to Agora in its direct
	 * conversation (not a bot, Agora itself included, nor an edit).
	 */
	static boolean directMessage(MessageEvent event) {
		return "im".equals(event.getChannelType()) && event.getBotId() == null && event.getUser() != null
				&& event.getText() != null && !event.getText().isBlank();
	}

	/**
	 * A direct message, read like a mention: a command when it starts with {@code /},
	 * else a message (asked as a question when it reads as one).
	 */
	static Inbound direct(EventsApiPayload<MessageEvent> payload) {
		MessageEvent event = payload.getEvent();
		String text = stripMentions(event.getText());
		Input input = text.startsWith("/") ? new Input.CommandText(text) : new Input.Message(text);
		return new Inbound(sender(event.getUser(), null), payload.getTeamId(), event.getChannel(), event.getThreadTs(),
				null, input);
	}

	static ReplyTarget directTarget(EventsApiPayload<MessageEvent> payload) {
		MessageEvent event = payload.getEvent();
		return new ReplyTarget(event.getChannel(), event.getUser(), event.getThreadTs(), null, null);
	}

	static String stripMentions(@Nullable String text) {
		return (text == null) ? "" : text.replaceAll("<@[A-Z0-9]+(\\|[^>]*)?>", "").strip();
	}

	private static Sender sender(String userId, @Nullable String name) {
		return new Sender(Platform.SLACK, userId, name);
	}

	private static @Nullable String channel(ViewSubmissionPayload payload) {
		String metadata = payload.getView().getPrivateMetadata();
		return (metadata == null || metadata.isBlank()) ? null : metadata;
	}

	private static @Nullable String channelId(BlockActionPayload payload) {
		return (payload.getChannel() != null) ? payload.getChannel().getId() : null;
	}

	private static @Nullable String threadTs(BlockActionPayload payload) {
		return (payload.getContainer() != null) ? payload.getContainer().getThreadTs() : null;
	}

	private static @Nullable String teamId(BlockActionPayload payload) {
		return (payload.getTeam() != null) ? payload.getTeam().getId() : null;
	}

}
