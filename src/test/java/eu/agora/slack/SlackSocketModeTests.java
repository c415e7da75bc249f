package eu.agora.slack;

import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.agora.SeparateTestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code SLACK_APP_TOKEN} set, Agora connects over Socket Mode: a slash command
 * envelope is acknowledged on the socket and answered through its response_url.
 */
@SpringBootTest(properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
		"agora.shell.enabled=false", "SLACK_BOT_TOKEN=xoxb-test", "SLACK_APP_TOKEN=xapp-test" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
class SlackSocketModeTests {

	static final FakeSlack slack = new FakeSlack();

	static final FakeSocketMode socket = new FakeSocketMode();

	@Autowired
	HealthIndicator slackHealthIndicator;

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		slack.socketModeUrl(socket.url());
		registry.add("agora.slack.api-url", slack::apiUrl);
	}

	@AfterAll
	static void stopFakes() throws InterruptedException {
		socket.stop(1000);
		slack.close();
	}

	@Test
	void aSlashCommandEnvelopeIsAcknowledgedAndAnswered() {
		String payload = """
				{"envelope_id":"env-1","type":"slash_commands","accepts_response_payload":true,
				 "payload":{"token":"x","team_id":"T1","channel_id":"C1","user_id":"U1","user_name":"ola",
				  "command":"/city","text":"show Lodz","response_url":"%s","trigger_id":"t1"}}
				""".formatted(slack.responseUrl("socket-1")).replace("\n", "");

		socket.send(payload);

		FakeSlack.Call reply = slack.await((call) -> call.path().endsWith("/response/socket-1"));
		assertThat(reply.body()).contains("Łódź");
		long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
		while (socket.received().stream().noneMatch((message) -> message.contains("env-1"))
				&& System.nanoTime() < deadline) {
			FakeSlack.sleep(20);
		}
		assertThat(socket.received()).anyMatch((message) -> message.contains("\"envelope_id\":\"env-1\""));
		assertThat(slack.calls((call) -> call.is("apps.connections.open"))).isNotEmpty();
	}

	@Test
	void healthShowsTheSocketIsConnected() {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		Health health = slackHealthIndicator.health(true);
		while (!"UP".equals(health.getStatus().getCode()) && System.nanoTime() < deadline) {
			FakeSlack.sleep(50);
			health = slackHealthIndicator.health(true);
		}
		assertThat(health.getDetails()).containsEntry("mode", "socket").containsEntry("state", "connected");
	}

}
