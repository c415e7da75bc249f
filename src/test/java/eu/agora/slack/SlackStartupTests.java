package eu.agora.slack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;

import eu.agora.AgoraApplication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * A wrong or missing Slack secret stops start-up with a report that names the variable.
 */
class SlackStartupTests {

	private final FakeSlack slack = new FakeSlack();

	@AfterEach
	void stop() {
		slack.close();
	}

	@Test
	void givenATokenSlackRejects_thenStartUpFailsNamingSlackBotToken() {
		FailureAnalysis analysis = startFails("--SLACK_BOT_TOKEN=xoxb-rejected", "--SLACK_SIGNING_SECRET=secret");

		assertThat(analysis.getDescription()).contains("SLACK_BOT_TOKEN").contains("invalid_auth");
	}

	@Test
	void givenHttpModeWithoutASigningSecret_thenStartUpFailsNamingIt() {
		FailureAnalysis analysis = startFails("--SLACK_BOT_TOKEN=xoxb-test", "--agora.slack.mode=http");

		assertThat(analysis.getDescription()).contains("SLACK_SIGNING_SECRET");
	}

	@Test
	void givenSocketModeWithoutAnAppToken_thenStartUpFailsNamingIt() {
		FailureAnalysis analysis = startFails("--SLACK_BOT_TOKEN=xoxb-test", "--agora.slack.mode=socket");

		assertThat(analysis.getDescription()).contains("SLACK_APP_TOKEN");
	}

	private FailureAnalysis startFails(String... secrets) {
		String[] args = new String[secrets.length + 5];
		System.arraycopy(secrets, 0, args, 0, secrets.length);
		args[secrets.length] = "--agora.slack.api-url=" + slack.apiUrl();
		args[secrets.length + 1] = "--agora.storage.embedded.backend=memory";
		args[secrets.length + 2] = "--server.port=0";
		args[secrets.length + 3] = "--agora.scheduling.enabled=false";
		args[secrets.length + 4] = "--agora.shell.enabled=false";
		Throwable failure = catchThrowable(
				() -> new SpringApplicationBuilder(AgoraApplication.class).run(args).close());
		assertThat(findStartup(failure)).as("a SlackStartupException in " + failure).isNotNull();
		return new SlackStartupFailureAnalyzer().analyze(failure);
	}

	private static SlackStartupException findStartup(Throwable failure) {
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof SlackStartupException startup) {
				return startup;
			}
		}
		return null;
	}

}
