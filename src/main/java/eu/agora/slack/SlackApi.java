package eu.agora.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.slack.api.methods.MethodsClient;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;

/**
 * The Slack Web API calls Agora makes, each honouring 429 {@code Retry-After}.
 */
class SlackApi {

	private final MethodsClient methods;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	SlackApi(MethodsClient methods) {
		this.methods = methods;
	}

	void post(String channel, @Nullable String thread, SlackMessage message) {
		RateLimitedCalls.call("chat.postMessage",
				() -> methods.chatPostMessage((r) -> r.channel(channel)
					.threadTs(thread)
					.text(message.text())
					.blocksAsString(Blocks.json(message.blocks()))));
	}

	void postEphemeral(String channel, String user, @Nullable String thread, SlackMessage message) {
		RateLimitedCalls.call("chat.postEphemeral",
				() -> methods.chatPostEphemeral((r) -> r.channel(channel)
					.user(user)
					.threadTs(thread)
					.text(message.text())
					.blocksAsString(Blocks.json(message.blocks()))));
	}

	/** Opens (or finds) the direct conversation with one or several users. */
	String openConversation(List<String> users) {
		return RateLimitedCalls.call("conversations.open", () -> methods.conversationsOpen((r) -> r.users(users)))
			.getChannel()
			.getId();
	}

	void openModal(String triggerId, Map<String, Object> view) {
		RateLimitedCalls.call("views.open",
				() -> methods.viewsOpen((r) -> r.triggerId(triggerId).viewAsString(Blocks.json(view))));
	}

	void upload(String channel, @Nullable String thread, Element.Attachment file) {
		RateLimitedCalls.call("files.uploadV2",
				() -> methods.filesUploadV2((r) -> r.channel(channel)
					.threadTs(thread)
					.filename(file.fileName())
					.title(file.fileName())
					.fileData(file.content())));
	}

	/** Posts to a {@code response_url}, waiting out 429s like the Web API calls. */
	void respond(String responseUrl, Map<String, Object> payload) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(responseUrl))
			.timeout(Duration.ofSeconds(10))
			.header("Content-Type", "application/json; charset=utf-8")
			.POST(HttpRequest.BodyPublishers.ofString(Blocks.json(payload)))
			.build();
		for (int attempt = 1;; attempt++) {
			HttpResponse<String> response = send(request);
			if (response.statusCode() != 429 || attempt == RateLimitedCalls.MAX_ATTEMPTS) {
				if (response.statusCode() / 100 != 2) {
					throw new RateLimitedCalls.SlackCallException(
							"response_url answered HTTP " + response.statusCode() + ": " + response.body());
				}
				return;
			}
			RateLimitedCalls
				.pause(RateLimitedCalls.retryAfter(response.headers().firstValue("Retry-After").orElse("1")));
		}
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException failure) {
			throw new RateLimitedCalls.SlackCallException("response_url failed: " + failure, failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new RateLimitedCalls.SlackCallException("Interrupted posting to response_url", interrupted);
		}
	}

}
