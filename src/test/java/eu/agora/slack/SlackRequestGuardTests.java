package eu.agora.slack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.Appender;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import eu.agora.SeparateTestDatabase;
import eu.agora.logging.RedactedMessageConverter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile HTTP requests to the Slack endpoint: replays, timestamps from the future,
 * malformed signed bodies and oversized ones are refused before anything happens, each
 * with one WARN line that holds no body, response URL or token.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
				"agora.shell.enabled=false", "SLACK_BOT_TOKEN=xoxb-test", "SLACK_SIGNING_SECRET=test-secret" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
class SlackRequestGuardTests {

	static final FakeSlack slack = new FakeSlack();

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	final ListAppender<ILoggingEvent> logs = new ListAppender<>();

	@DynamicPropertySource
	static void slackApi(DynamicPropertyRegistry registry) {
		registry.add("agora.slack.api-url", slack::apiUrl);
	}

	@AfterAll
	static void stopFake() {
		slack.close();
	}

	@BeforeEach
	void captureLogs() {
		logs.start();
		root().addAppender(logs);
	}

	@AfterEach
	void releaseLogs() {
		root().detachAppender(logs);
	}

	@Test
	void aReplayedSignedRequestAndOneSixMinutesAheadAreRefusedWithoutSideEffect() {
		String name = unique();
		String body = command("/city", "register Lodz", name);
		long now = Instant.now().getEpochSecond();
		String signature = SignedRequests.signature("test-secret", now, body);
		long ahead = Instant.now().plusSeconds(6 * 60).getEpochSecond();
		String late = unique();
		String lateBody = command("/city", "register Lodz", late);

		HttpResponse<String> first = requests().send(body, SignedRequests.FORM, now, signature, Map.of());
		slack.await((call) -> call.path().endsWith("/response/" + name));
		long requests = mongo.count(new Query(), "membership_requests");
		HttpResponse<String> replay = requests().send(body, SignedRequests.FORM, now, signature, Map.of());
		HttpResponse<String> future = requests().send(lateBody, SignedRequests.FORM, ahead,
				SignedRequests.signature("test-secret", ahead, lateBody), Map.of());

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(replay.statusCode()).isEqualTo(401);
		assertThat(future.statusCode()).isEqualTo(401);
		FakeSlack.sleep(500);
		assertThat(slack.calls((call) -> call.path().endsWith("/response/" + name))).hasSize(1);
		assertThat(slack.calls((call) -> call.path().endsWith("/response/" + late))).isEmpty();
		assertThat(mongo.count(new Query(), "membership_requests")).isEqualTo(requests);
		assertThat(warnings()).anySatisfy((line) -> assertThat(line).contains("replay"))
			.anySatisfy((line) -> assertThat(line).contains("beyond 5 minutes"));
	}

	@Test
	void timestampsFourMinutesAheadAreAcceptedButADayAheadIsNot() {
		String soon = unique();
		String soonBody = command("/city", "show Lodz", soon);
		long fourMinutes = Instant.now().plusSeconds(4 * 60).getEpochSecond();
		long aDay = Instant.now().plusSeconds(24 * 3600).getEpochSecond();
		String dayBody = command("/city", "show Lodz", unique());

		assertThat(requests()
			.send(soonBody, SignedRequests.FORM, fourMinutes,
					SignedRequests.signature("test-secret", fourMinutes, soonBody), Map.of())
			.statusCode()).isEqualTo(200);
		assertThat(requests()
			.send(dayBody, SignedRequests.FORM, aDay, SignedRequests.signature("test-secret", aDay, dayBody), Map.of())
			.statusCode()).isEqualTo(401);
	}

	@Test
	void eachMalformedSignedBodyGets400AndOneWarningWithoutAStackTrace() {
		Map<String, String> bodies = new LinkedHashMap<>();
		bodies.put("[1,2,3]", SignedRequests.JSON);
		bodies.put("{\"type\":\"event_callback\",\"event_id\":\"Ev" + unique() + "\"}", SignedRequests.JSON);
		bodies.put("{\"type\":\"event_callback\",\"event_id\":\"Ev" + unique()
				+ "\",\"event\":{\"type\":\"app_mention\",\"text\":\"hi\"}}", SignedRequests.JSON);
		bodies.put(command("/city", "show Lodz", unique()).replace("user_id=U1&", ""), SignedRequests.FORM);
		bodies.put("payload={not json", SignedRequests.FORM);
		bodies.put(SignedRequests.interactive("{\"type\":\"block_actions\",\"actions\":[{\"action_id\":\"x\"}]}"),
				SignedRequests.FORM);

		bodies.forEach((body, type) -> {
			logs.list.clear();
			HttpResponse<String> response = requests().post(body, type);

			assertThat(response.statusCode()).as(body).isEqualTo(400);
			assertThat(warnings()).as(body).hasSize(1);
			assertThat(logs.list).as(body).allSatisfy((event) -> assertThat(event.getThrowableProxy()).isNull());
		});
		logs.list.clear();
		byte[] invalidUtf8 = { 'p', 'a', 'y', 'l', 'o', 'a', 'd', '=', (byte) 0xC3, (byte) 0x28, (byte) 0xFF };
		assertThat(sendBytes(invalidUtf8, SignedRequests.FORM).statusCode()).isEqualTo(400);
		assertThat(warnings()).singleElement().asString().contains("not valid UTF-8");
	}

	@Test
	void anOversizedBodyGets413AndNoLogLineHoldsMoreThanAKilobyteOrAResponseUrl() {
		String huge = command("/city", "show " + "x".repeat(1024 * 1024), unique());

		HttpResponse<String> response = requests().post(huge, SignedRequests.FORM);
		requests().post(command("/city", "show Lodz", unique()), SignedRequests.FORM);
		FakeSlack.sleep(300);

		assertThat(response.statusCode()).isEqualTo(413);
		assertThat(formatted()).isNotEmpty().allSatisfy((line) -> {
			assertThat(line.length()).isLessThan(1024 + 300);
			assertThat(line).doesNotContain("/response/").doesNotContain("xoxb-test");
		});
	}

	@Test
	void theLogConverterMasksTokensAndResponseUrlsAndBoundsTheMessage() {
		String line = RedactedMessageConverter
			.redact("token xoxb-123-abc response_url=https://hooks.slack.com/commands/T1/2/abc " + "y".repeat(5000));

		assertThat(line).doesNotContain("xoxb-123").doesNotContain("hooks.slack.com").contains("more characters");
		assertThat(line.length()).isLessThan(1100);
	}

	private List<String> warnings() {
		return logs.list.stream()
			.filter((event) -> event.getLoggerName().equals(SlackRequestGuard.class.getName()))
			.map(ILoggingEvent::getFormattedMessage)
			.toList();
	}

	@SuppressWarnings("unchecked")
	private List<String> formatted() {
		Appender<ILoggingEvent> console = root().getAppender("STDERR");
		LayoutWrappingEncoder<ILoggingEvent> encoder = (LayoutWrappingEncoder<ILoggingEvent>) ((OutputStreamAppender<ILoggingEvent>) console)
			.getEncoder();
		return logs.list.stream().map((event) -> encoder.getLayout().doLayout(event)).toList();
	}

	private static Logger root() {
		return (Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME);
	}

	private HttpResponse<String> sendBytes(byte[] body, String contentType) {
		long now = Instant.now().getEpochSecond();
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec("test-secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			mac.update(("v0:" + now + ":").getBytes(StandardCharsets.UTF_8));
			String signature = "v0=" + HexFormat.of().formatHex(mac.doFinal(body));
			HttpRequest request = HttpRequest.newBuilder(endpoint())
				.header("Content-Type", contentType)
				.header("X-Slack-Request-Timestamp", Long.toString(now))
				.header("X-Slack-Signature", signature)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body))
				.build();
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException | GeneralSecurityException failure) {
			throw new IllegalStateException(failure);
		}
		catch (InterruptedException interrupted) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(interrupted);
		}
	}

	private URI endpoint() {
		return URI.create("http://127.0.0.1:" + port + "/slack/events");
	}

	SignedRequests requests() {
		return new SignedRequests(endpoint(), "test-secret");
	}

	String command(String command, String text, String responseName) {
		return SignedRequests.slashCommand(command, text, slack.responseUrl(responseName), "trigger-" + responseName);
	}

	static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
