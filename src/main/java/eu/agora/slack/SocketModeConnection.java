package eu.agora.slack;

import java.io.IOException;

import com.slack.api.Slack;
import com.slack.api.bolt.App;
import com.slack.api.bolt.socket_mode.SocketModeApp;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.apps.connections.AppsConnectionsOpenResponse;
import com.slack.api.socket_mode.SocketModeClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;

/**
 * Socket Mode: asks Slack for a WebSocket URL ({@code apps.connections.open}, which also
 * checks {@code SLACK_APP_TOKEN}), connects with the Java-WebSocket backend and keeps
 * {@link SlackConnection} up to date for the health indicator.
 */
class SocketModeConnection implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(SocketModeConnection.class);

	private final SocketModeApp socketMode;

	private final SlackConnection connection;

	private volatile boolean running;

	SocketModeConnection(Slack slack, String appToken, App app, SlackConnection connection) {
		checkAppToken(slack, appToken);
		this.connection = connection;
		try {
			// this constructor wires Bolt to the socket; SocketModeApp(SocketModeClient,
			// App) does not
			this.socketMode = new SocketModeApp(appToken, app, SocketModeClient.Backend.JavaWebSocket);
		}
		catch (IOException failure) {
			throw SlackStartupException.rejected(SlackCredentials.APP_TOKEN, failure.getMessage(), failure);
		}
	}

	private static void checkAppToken(Slack slack, String appToken) {
		try {
			AppsConnectionsOpenResponse response = slack.methods(appToken).appsConnectionsOpen((r) -> r);
			if (!response.isOk()) {
				throw SlackStartupException.rejected(SlackCredentials.APP_TOKEN,
						"apps.connections.open: " + response.getError(), null);
			}
		}
		catch (IOException | SlackApiException failure) {
			throw SlackStartupException.rejected(SlackCredentials.APP_TOKEN, failure.getMessage(), failure);
		}
	}

	@Override
	public void start() {
		try {
			socketMode.startAsync();
			running = true;
		}
		catch (Exception failure) {
			throw new IllegalStateException("Could not start Slack Socket Mode: " + failure.getMessage(), failure);
		}
		watch(socketMode.getClient());
	}

	private void watch(SocketModeClient client) {
		client.addWebSocketMessageListener((message) -> {
			if (message.contains("\"type\":\"hello\"")) {
				connection.changeTo(SlackConnection.State.CONNECTED);
			}
			else if (message.contains("\"type\":\"disconnect\"")) {
				connection.changeTo(SlackConnection.State.CONNECTING);
			}
		});
		client.addWebSocketCloseListener((code, reason) -> {
			log.info("Slack Socket Mode connection closed ({} {})", code, reason);
			connection.changeTo(SlackConnection.State.DISCONNECTED);
		});
		if (client.verifyConnection()) {
			connection.changeTo(SlackConnection.State.CONNECTED);
		}
	}

	@Override
	public void stop() {
		try {
			socketMode.close();
		}
		catch (Exception failure) {
			log.warn("Closing the Slack Socket Mode connection failed: {}", failure.getMessage());
		}
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

}
