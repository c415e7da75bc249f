package eu.agora.discord;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.diagnostics.FailureAnalysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class DiscordStartupTests {

	private final FakeDiscordRest rest = new FakeDiscordRest();

	DiscordStartupTests() throws IOException {
	}

	@AfterEach
	void stop() {
		rest.stop();
	}

	@Test
	void givenAWrongToken_thenStartUpFailsWithAReportNamingDiscordToken() {
		DiscordProperties properties = new DiscordProperties(rest.url(), "ws://127.0.0.1:1/", List.of(), null,
				Duration.ofSeconds(5), Duration.ofSeconds(2));

		DiscordStartupException failure = catchThrowableOfType(DiscordStartupException.class,
				() -> DiscordConnection.connect("wrong-token", properties, List.of()));

		FailureAnalysis analysis = new DiscordStartupFailureAnalyzer().analyze(failure);
		assertThat(analysis.getDescription()).contains("DISCORD_TOKEN").contains("rejected");
		assertThat(analysis.getAction()).contains("DISCORD_TOKEN");
		assertThat(rest.requests()).anySatisfy((request) -> assertThat(request.path()).isEqualTo("/users/@me"));
	}

}
