package eu.agora.slack;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.agora.conversation.Access;
import eu.agora.conversation.Downloads;
import eu.agora.conversation.FileRef;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The bot token goes only to Slack: a file URL elsewhere, or a redirect away from Slack,
 * is refused without sending it.
 */
class SlackDownloadsTests {

	private final List<String> authorizations = new CopyOnWriteArrayList<>();

	private final HttpServer server = start();

	@AfterEach
	void stop() {
		server.stop(0);
	}

	@Test
	void aUrlOutsideSlackIsRefusedWithoutARequest() {
		SlackDownloads slack = new SlackDownloads("xoxb-secret", "https://slack.com/api/");
		FileRef elsewhere = new FileRef("plan.pdf", "application/pdf", 10, url("127.0.0.1", "/file"));

		assertThatThrownBy(() -> slack.fetch(elsewhere, 100)).isInstanceOf(Downloads.DownloadFailedException.class)
			.hasMessage(SlackDownloads.NOT_GIVEN);
		assertThat(authorizations).isEmpty();
	}

	@Test
	void aRedirectAwayFromSlackIsNotFollowedWithTheToken() {
		SlackDownloads slack = new SlackDownloads("xoxb-secret", url("127.0.0.1", "/api/"));
		FileRef redirected = new FileRef("plan.pdf", "application/pdf", 10, url("127.0.0.1", "/away"));

		assertThatThrownBy(() -> slack.fetch(redirected, 100)).hasMessage(SlackDownloads.NOT_GIVEN);
		assertThat(authorizations).containsExactly("Bearer xoxb-secret");
	}

	@Test
	void typedTextNamesTheShortcutsThatTakeFiles() {
		SlackDownloads slack = new SlackDownloads("xoxb-secret", "https://slack.com/api/");
		MessageActionSpec add = MessageActionSpec.onFiles("k:add", "Add to knowledge", "Adds it", Access.everyone(),
				(call) -> Reply.text(""));

		assertThatThrownBy(() -> slack.fromText("plan.pdf", List.of(add))).isInstanceOf(UserError.class)
			.hasMessage("Slack slash commands can't carry files: post the file in a message, then use the message "
					+ "shortcut (⋯ → Add to knowledge) on it.");
		assertThatThrownBy(() -> slack.fromText("plan.pdf", List.of()))
			.hasMessage("Slack slash commands can't carry files: attach the file to a message instead.");
	}

	private String url(String host, String path) {
		return "http://" + host + ":" + server.getAddress().getPort() + path;
	}

	private HttpServer start() {
		try {
			HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
			http.createContext("/", (exchange) -> {
				authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
				exchange.getResponseHeaders().add("Location", url("localhost", "/file"));
				exchange.sendResponseHeaders(302, -1);
				exchange.close();
			});
			http.start();
			return http;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
