package eu.agora;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.conversation.Reply;

/**
 * A platform that records what Agora sends proactively, for people with shell accounts.
 * Import {@link Config} to run it in a test context.
 */
public final class RecordingMessenger implements PlatformMessenger {

	private final List<String> sent = new CopyOnWriteArrayList<>();

	@Override
	public Platform platform() {
		return Platform.SHELL;
	}

	@Override
	public void toChannel(String channelId, Reply message) {
		sent.add("#" + channelId + ": " + PlainText.render(message));
	}

	@Override
	public void toUser(String userId, Reply message) {
		sent.add("@" + userId + ": " + PlainText.render(message));
	}

	@Override
	public void toGroup(List<String> userIds, Reply message) {
		sent.add(userIds + ": " + PlainText.render(message));
	}

	/** Every message so far, as {@code @user: text}. */
	public List<String> sent() {
		return List.copyOf(sent);
	}

	public List<String> sentTo(String userId) {
		return sent.stream().filter((line) -> line.startsWith("@" + userId + ":")).toList();
	}

	public void clear() {
		sent.clear();
	}

	@TestConfiguration(proxyBeanMethods = false)
	public static class Config {

		@Bean
		RecordingMessenger recordingMessenger() {
			return new RecordingMessenger();
		}

	}

}
