package eu.agora.slack;

import java.util.List;

import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

/**
 * Proactive messages on Slack: to a channel, to a person (a DM opened with
 * {@code conversations.open}) and to a group (a multi-person DM), split within Slack's
 * limits, with files uploaded beside them.
 */
class SlackMessenger implements PlatformMessenger {

	private final SlackApi api;

	SlackMessenger(SlackApi api) {
		this.api = api;
	}

	@Override
	public Platform platform() {
		return Platform.SLACK;
	}

	@Override
	public void toChannel(String channelId, Reply message) {
		send(channelId, message);
	}

	@Override
	public void toUser(String userId, Reply message) {
		send(open(List.of(userId)), message);
	}

	@Override
	public void toGroup(List<String> userIds, Reply message) {
		send(open(userIds), message);
	}

	private String open(List<String> users) {
		try {
			return api.openConversation(users);
		}
		catch (RateLimitedCalls.SlackCallException failure) {
			throw new Messenger.UndeliverableException(
					"Slack could not open a conversation with " + users + ": " + failure.getMessage());
		}
	}

	private void send(String channel, Reply message) {
		BlockKit.Rendered rendered = BlockKit.render(message);
		try {
			rendered.messages().forEach((slackMessage) -> api.post(channel, null, slackMessage));
			rendered.files().forEach((file) -> api.upload(channel, null, file));
		}
		catch (RateLimitedCalls.SlackCallException failure) {
			throw new Messenger.UndeliverableException(
					"Slack refused a message to " + channel + ": " + failure.getMessage());
		}
	}

}
