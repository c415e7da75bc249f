package eu.agora.slack;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.slack.api.Slack;
import com.slack.api.SlackConfig;
import com.slack.api.bolt.App;
import com.slack.api.bolt.AppConfig;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServer;
import org.springframework.context.ConfigurableApplicationContext;

import eu.agora.AgoraApplication;

/**
 * Not a timed test: ack latency of signed slash commands ({@code /city show Lodz}) over
 * HTTP at a steady rate against the running application (embedded store), side by side
 * with a bare Bolt app on its own embedded Tomcat that only acks (the floor). Requests to
 * both alternate, each at {@value #RATE_PER_TARGET}/s, after a warm-up. Run with
 * {@code ./mvnw -B test -Dtest=SlackAckBenchmark -Dagora.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class SlackAckBenchmark {

	static final int RATE_PER_TARGET = 50;

	static final int WARM_UP_SECONDS = 10;

	static final int MEASURE_SECONDS = Integer.getInteger("agora.benchmark.seconds", 60);

	private int fakePort;

	private final HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();

	@Test
	void ackLatency() throws Exception {
		try (FakeSlack slack = new FakeSlack(); ConfigurableApplicationContext agora = agora(slack)) {
			fakePort = URI.create(slack.apiUrl()).getPort();
			WebServer bare = bareBolt(slack);
			try {
				int agoraPort = Integer.parseInt(agora.getEnvironment().getProperty("local.server.port"));
				run(agoraPort, bare.getPort(), WARM_UP_SECONDS, false);
				run(agoraPort, bare.getPort(), MEASURE_SECONDS, true);
			}
			finally {
				bare.stop();
			}
		}
	}

	private static ConfigurableApplicationContext agora(FakeSlack slack) {
		// command-line arguments: ./config/application.yml outranks
		// SpringApplicationBuilder#properties
		return new SpringApplicationBuilder(AgoraApplication.class).run("--server.port=0",
				"--agora.storage.embedded.backend=memory", "--agora.storage.embedded.port=0",
				"--agora.shell.enabled=false", "--SLACK_BOT_TOKEN=xoxb-bench", "--SLACK_SIGNING_SECRET=bench-secret",
				"--agora.slack.api-url=" + slack.apiUrl(), "--logging.level.root=WARN");
	}

	private static WebServer bareBolt(FakeSlack slack) {
		SlackConfig config = new SlackConfig();
		config.setMethodsEndpointUrlPrefix(slack.apiUrl());
		App app = new App(AppConfig.builder()
			.slack(Slack.getInstance(config))
			.singleTeamBotToken("xoxb-bench")
			.signingSecret("bench-secret")
			.build());
		app.command("/city", (request, context) -> context.ack());
		TomcatServletWebServerFactory factory = new TomcatServletWebServerFactory(0);
		WebServer server = factory.getWebServer(
				(servlet) -> servlet.addServlet("bare", new SlackAppServlet(app)).addMapping("/slack/events"));
		server.start();
		return server;
	}

	private void run(int agoraPort, int barePort, int seconds, boolean report) throws InterruptedException {
		ConcurrentLinkedQueue<Long> agora = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> floor = new ConcurrentLinkedQueue<>();
		List<CompletableFuture<?>> pending = Collections.synchronizedList(new ArrayList<>());
		ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
		long periodMicros = 1_000_000L / (2L * RATE_PER_TARGET);
		int[] sent = { 0 };
		ticker.scheduleAtFixedRate(() -> {
			boolean toAgora = (sent[0]++ % 2) == 0;
			pending.add(send(toAgora ? agoraPort : barePort, toAgora ? agora : floor));
		}, 0, periodMicros, TimeUnit.MICROSECONDS);
		Thread.sleep(seconds * 1000L);
		ticker.shutdownNow();
		CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally((failure) -> null).join();
		if (report) {
			System.out.printf("%nSLACK ACK BENCHMARK (%d/s per target, %d s)%n", RATE_PER_TARGET, seconds);
			System.out.println(line("agora", agora));
			System.out.println(line("bare Bolt (floor)", floor));
		}
	}

	private CompletableFuture<?> send(int port, ConcurrentLinkedQueue<Long> latencies) {
		String responseUrl = "http://127.0.0.1:" + fakePort + "/response/bench";
		String body = SignedRequests.form(Map.of("team_id", "T1", "channel_id", "C1", "user_id", "U1", "user_name",
				"bench", "command", "/city", "text", "show Lodz", "response_url", responseUrl, "trigger_id", "t"));
		long now = Instant.now().getEpochSecond();
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/slack/events"))
			.header("Content-Type", SignedRequests.FORM)
			.header("X-Slack-Request-Timestamp", Long.toString(now))
			.header("X-Slack-Signature", SignedRequests.signature("bench-secret", now, body))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		long start = System.nanoTime();
		return http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).thenAccept((response) -> {
			if (response.statusCode() == 200) {
				latencies.add(System.nanoTime() - start);
			}
		});
	}

	static String line(String name, ConcurrentLinkedQueue<Long> nanos) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return name + ": no successful requests";
		}
		return String.format("%-18s n=%d  p50=%.1f ms  p99=%.1f ms  max=%.1f ms", name, sorted.size(),
				percentile(sorted, 0.50), percentile(sorted, 0.99), sorted.get(sorted.size() - 1) / 1e6);
	}

	static double percentile(List<Long> sorted, double p) {
		int index = (int) Math.ceil(p * sorted.size()) - 1;
		return sorted.get(Math.max(0, index)) / 1e6;
	}

}
