package eu.agora.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "Done when", end to end: the shared store ({@code agora.jar store}) and two
 * Agora processes A and B over it, both with Discord (the local fake gateway and REST
 * API), a JSON shell and health. Exactly one gateway connection at a time; a document
 * added through A is found by {@code /ask} through B within 10 s; a reminder due once is
 * sent once across both; after {@code kill -9} of the holder A, B connects within 30 s
 * and answers a button on a message A sent. Then the faults: a third instance C replaces
 * a frozen (SIGSTOP) holder, which on waking steps down; the store stopped for 30 s and
 * started again: health reports it, commands answer "try again shortly", nothing
 * acknowledged is lost and one gateway comes back. Too slow for the suite (four JVMs,
 * three full starts): run with {@code ./mvnw -B -q test -Dtest=SeveralInstancesBenchmark
 * -Dagora.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}; the timings go to
 * standard error and {@code docs/BENCHMARKS.md}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class SeveralInstancesBenchmark {

	private static final Duration START = Duration.ofSeconds(180);

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static final String QUESTION = "How are Glasgow's tenements insulated?";

	/** The "Helpful" button of an answer: the answer is recorded in MongoDB by its id. */
	private static final Pattern HELPFUL = Pattern.compile("\"custom_id\":\"(knowledge:helpful\\|[^\"]+)\"");

	private final FakeDiscordRest rest = startRest();

	private final FakeDiscordGateway gateway = new FakeDiscordGateway();

	private final List<AutoCloseable> running = new ArrayList<>();

	/** Kept after the run, with each process's log ({@code A-stderr.log} …). */
	private final Path dir = Path.of("target", "several-instances");

	@BeforeEach
	void clean() throws IOException {
		if (Files.exists(dir)) {
			try (Stream<Path> files = Files.walk(dir)) {
				files.sorted(Comparator.reverseOrder()).forEach((file) -> file.toFile().delete());
			}
		}
		Files.createDirectories(dir);
	}

	@AfterEach
	void stop() throws Exception {
		for (AutoCloseable process : running.reversed()) {
			process.close();
		}
		rest.stop();
		gateway.stop();
	}

	@Test
	void severalInstancesShareOneStoreOneGatewayTheKnowledgeAndTheJobs() throws Exception {
		gateway.start();
		StoreProcess store = StoreProcess.start(freePort(), dir);
		running.add(store);
		AgoraInstance a = start("A", store.uri());
		a.reply("/city show Lodz", START);
		awaitSessions(1, WAIT);
		AgoraInstance b = start("B", store.uri());
		b.reply("/city show Lodz", START);
		Thread.sleep(8_000);
		assertThat(gateway.identifiedSessions()).as("B waits while A holds the gateway").isEqualTo(1);
		assertThat(gateway.identifiedWith()).hasSize(1);
		healthShowsTheHolderAndTheIndexLag(a, b);

		String commitment = aCommitmentDueForAReminder(a);
		aDocumentAddedThroughAIsFoundThroughB(a, b);
		String button = buttonOfAnAnswerOnDiscord();
		Thread.sleep(12_000);
		theOtherTakesOverAfterKillOfTheHolderAndAnswersItsButton(a, button);

		Thread.sleep(6_000);
		List<String> reminders = new ArrayList<>(a.linesContaining("Reminder: **" + commitment));
		reminders.addAll(b.linesContaining("Reminder: **" + commitment));
		assertThat(reminders).as("the reminder due once, sent once across A and B").hasSize(1);

		AgoraInstance c = start("C", store.uri());
		aFrozenHolderIsReplacedAndStepsDownWhenItWakes(b, c, button);
		aLostDatabaseIsReportedAndNothingAcknowledgedIsLost(store, b, c, commitment);
	}

	private void healthShowsTheHolderAndTheIndexLag(AgoraInstance a, AgoraInstance b) throws Exception {
		JsonNode holder = a.health().at("/components/discord/details");
		assertThat(holder.get("role").asString()).isEqualTo("gateway");
		assertThat(holder.get("leaseHolder").asString()).isEqualTo("A");
		JsonNode standby = b.health();
		assertThat(healthy(standby)).as(standby.toString()).isTrue();
		assertThat(standby.at("/components/discord/details/role").asString()).isEqualTo("standby");
		assertThat(standby.at("/components/discord/details/leaseHolder").asString()).isEqualTo("A");
		assertThat(standby.at("/components/knowledgeIndex/details/lagSeconds").asLong(-1)).isBetween(0L, 10L);
	}

	/** A commitment whose reminder is due now; returns its id. */
	private static String aCommitmentDueForAReminder(AgoraInstance a) {
		String code = code(a.reply("/city invite Lodz", WAIT));
		a.reply("/city register Lodz code:" + code, WAIT);
		String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
		JsonNode commitment = a.reply("/commit add title:\"Tram lines\" domain:mobility target:\"12 km by 2029\""
				+ " deadline:" + deadline + " owner:\"Transport Office\"", WAIT);
		assertThat(commitment.get("error").asBoolean()).as(commitment.toString()).isFalse();
		Matcher id = Pattern.compile("C-[0-9]+").matcher(commitment.get("text").asString());
		assertThat(id.find()).as(commitment.toString()).isTrue();
		return id.group();
	}

	private void aDocumentAddedThroughAIsFoundThroughB(AgoraInstance a, AgoraInstance b) throws Exception {
		Path document = Files.writeString(dir.resolve("glasgow-tenements.md"),
				"# Tenements\n\nGlasgow retrofits sandstone tenements with internal wall insulation, block by block.");
		JsonNode added = a.reply("/knowledge add " + document, Duration.ofSeconds(60));
		assertThat(added.get("text").asString()).as(added.toString()).contains("Added");
		long addedAt = System.nanoTime();
		JsonNode found = null;
		while (found == null && System.nanoTime() - addedAt < Duration.ofSeconds(20).toNanos()) {
			JsonNode answer = b.reply("/ask " + QUESTION, WAIT);
			if (answer.toString().contains("internal wall insulation")) {
				found = answer;
			}
			else {
				Thread.sleep(500);
			}
		}
		Duration followed = Duration.ofNanos(System.nanoTime() - addedAt);
		report("document added through A found through B after " + followed.toMillis() + " ms");
		assertThat(found).as("B finds the document A added").isNotNull();
		assertThat(followed).isLessThan(Duration.ofSeconds(10));
	}

	private void theOtherTakesOverAfterKillOfTheHolderAndAnswersItsButton(AgoraInstance a, String button)
			throws Exception {
		long registrations = registrations();
		a.kill();
		long killedAt = System.nanoTime();
		awaitIdentified(2, Duration.ofSeconds(45));
		Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
		report("B connected " + takeover.toMillis() + " ms after kill -9 of A");
		awaitReady(registrations);
		report("B ready (commands registered) " + Duration.ofNanos(System.nanoTime() - killedAt).toMillis()
				+ " ms after kill -9 of A");
		assertThat(takeover).isLessThan(Duration.ofSeconds(30));
		assertThat(gateway.mostIdentifiedAtOnce()).as("never two gateway connections at once").isEqualTo(1);

		long pressedAt = System.nanoTime();
		String answer = await(Discord.button(button), Duration.ofSeconds(20));
		report("B answered the button of A's message in " + Duration.ofNanos(System.nanoTime() - pressedAt).toMillis()
				+ " ms");
		assertThat(answer).as("B records the feedback on the answer A gave").contains("noted that answer");
	}

	/**
	 * SIGSTOP of the holder B: C takes over; an interaction that reaches both while B is
	 * frozen is answered by C alone; B, woken, shuts its stale connection.
	 */
	private void aFrozenHolderIsReplacedAndStepsDownWhenItWakes(AgoraInstance b, AgoraInstance c, String button)
			throws Exception {
		c.reply("/city show Lodz", START);
		assertThat(gateway.identifiedSessions()).as("C waits while B holds the gateway").isEqualTo(1);
		int connections = gateway.identifiedWith().size();
		long registrations = registrations();
		b.signal("STOP");
		long frozenAt = System.nanoTime();
		awaitIdentified(connections + 1, Duration.ofSeconds(45));
		Duration replaced = Duration.ofNanos(System.nanoTime() - frozenAt);
		report("C connected " + replaced.toMillis() + " ms after SIGSTOP of B");
		assertThat(replaced).isLessThan(Duration.ofSeconds(30));
		awaitReady(registrations);

		Map<String, Object> press = Discord.button(button);
		assertThat(await(press, Duration.ofSeconds(20))).as("C answers while B is frozen")
			.contains("noted that answer");
		b.signal("CONT");
		long wokenAt = System.nanoTime();
		awaitSessions(1, Duration.ofSeconds(15));
		report("B, woken, shut its stale connection after " + Duration.ofNanos(System.nanoTime() - wokenAt).toMillis()
				+ " ms");
		Thread.sleep(3_000);
		assertThat(callbacks(press)).as("the interaction that reached B while it was frozen is answered once, by C")
			.isEqualTo(1);
		assertThat(b.log()).contains("Discord gateway shut on B");
		assertThat(gateway.identifiedWith()).as("B does not connect again").hasSize(connections + 1);
	}

	/**
	 * The store stopped for 30 s: health says so, a command says "try again shortly";
	 * started again, what was acknowledged is there and one gateway is back.
	 */
	private void aLostDatabaseIsReportedAndNothingAcknowledgedIsLost(StoreProcess store, AgoraInstance b,
			AgoraInstance c, String commitment) throws Exception {
		int connections = gateway.identifiedWith().size();
		store.stop();
		long lostAt = System.nanoTime();
		JsonNode refused = b.reply("/commit show " + commitment, WAIT);
		report("with the store stopped, B answered a command in "
				+ Duration.ofNanos(System.nanoTime() - lostAt).toMillis() + " ms");
		assertThat(refused.toString()).contains("cannot reach its database").contains("Try again shortly");
		JsonNode health = c.health();
		assertThat(health.get("status").asString()).as(health.toString()).isEqualTo("DOWN");
		assertThat(health.at("/components/mongo/status").asString()).isEqualTo("DOWN");
		awaitSessions(0, WAIT);
		report("with the store stopped, the holder C shut its gateway after "
				+ Duration.ofNanos(gateway.lastClosedAt() - lostAt).toMillis() + " ms");
		Thread.sleep(Math.max(0, Duration.ofSeconds(30).toMillis() - (System.nanoTime() - lostAt) / 1_000_000));

		store.restart();
		long backAt = System.nanoTime();
		awaitIdentified(connections + 1, Duration.ofSeconds(45));
		report("store started again: a gateway connected after "
				+ Duration.ofNanos(System.nanoTime() - backAt).toMillis() + " ms");
		assertThat(b.reply("/commit show " + commitment, WAIT).toString()).contains("Tram lines");
		assertThat(c.reply("/ask " + QUESTION, WAIT).toString()).contains("internal wall insulation");
		Thread.sleep(4_000);
		assertThat(gateway.identifiedSessions()).as("one gateway connection after the outage").isEqualTo(1);
		awaitHealthUp(b, Duration.ofSeconds(20));
	}

	private static void awaitHealthUp(AgoraInstance instance, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		JsonNode health = instance.health();
		while (!healthy(health)) {
			assertThat(System.nanoTime()).as("health UP again: " + health).isLessThan(deadline);
			Thread.sleep(1_000);
			health = instance.health();
		}
	}

	/**
	 * Whether the database, Discord and the knowledge index are UP. (The overall status
	 * stays OUT_OF_SERVICE here: a shell session keeps the application from reporting
	 * readiness, which Spring Boot does once start-up, shell included, has finished.)
	 */
	private static boolean healthy(JsonNode health) {
		return Stream.of("mongo", "discord", "knowledgeIndex")
			.allMatch((part) -> health.at("/components/" + part + "/status").asString().equals("UP"));
	}

	/** Asks on Discord through the gateway holder and returns the Helpful button. */
	private String buttonOfAnAnswerOnDiscord() throws InterruptedException {
		String body = await(Discord.slash("ask", List.of(), Map.of("question", QUESTION)), WAIT);
		Matcher id = HELPFUL.matcher(body);
		assertThat(id.find()).as("a button in " + body).isTrue();
		return id.group(1);
	}

	/**
	 * Dispatches the interaction and returns the body of its answer (direct or deferred).
	 */
	private String await(Map<String, Object> interaction, Duration timeout) throws InterruptedException {
		String token = (String) interaction.get("token");
		gateway.dispatch("INTERACTION_CREATE", interaction);
		Predicate<FakeDiscordRest.Request> answered = (request) -> request.path().contains(token)
				&& (request.body().contains("\"content\"") || request.body().contains("\"embeds\""));
		return rest.await(answered, timeout).body();
	}

	private long callbacks(Map<String, Object> interaction) {
		String token = (String) interaction.get("token");
		return rest.requests()
			.stream()
			.filter((request) -> request.path().contains(token) && request.path().endsWith("/callback"))
			.count();
	}

	private AgoraInstance start(String name, String uri) throws IOException {
		AgoraInstance instance = AgoraInstance.start(dir.resolve(name).toAbsolutePath(), freePort(),
				List.of("--MONGODB_URI=" + uri, "--DISCORD_TOKEN=" + FakeDiscordRest.TOKEN,
						"--agora.instance-id=" + name, "--agora.discord.rest-url=" + rest.url(),
						"--agora.discord.gateway-url=" + gateway.url(), "--agora.discord.guild-ids=" + Discord.GUILD,
						"--agora.shell.enabled=true", "--agora.shell.format=json", "--agora.shell.user=shell-admin",
						"--agora.directory.admins=shell:shell-admin,discord:" + Discord.USER,
						"--agora.commitments.reminders-cron=*/5 * * * * *",
						"--logging.level.eu.agora.discord.GatewayLeadership=DEBUG"));
		running.add(instance);
		return instance;
	}

	/** How often the commands were registered: a new holder does so once it is ready. */
	private long registrations() {
		return rest.requests()
			.stream()
			.filter((request) -> request.method().equals("PUT") && request.path().endsWith("/commands"))
			.count();
	}

	/**
	 * Waits until a new holder registered the commands, so it has the guild from the
	 * gateway; an interaction that came before would be built from its own payload, which
	 * the fake gives fewer fields than Discord does.
	 */
	private void awaitReady(long registrationsBefore) throws InterruptedException {
		long deadline = System.nanoTime() + WAIT.toNanos();
		while (registrations() <= registrationsBefore) {
			assertThat(System.nanoTime()).as("the new holder registers the commands").isLessThan(deadline);
			Thread.sleep(50);
		}
	}

	private void awaitSessions(int sessions, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (gateway.identifiedSessions() != sessions) {
			assertThat(System.nanoTime()).as("gateway sessions " + sessions).isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private void awaitIdentified(int times, Duration timeout) throws InterruptedException {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (gateway.identifiedWith().size() < times || gateway.identifiedSessions() < 1) {
			assertThat(System.nanoTime()).as("a new gateway connection").isLessThan(deadline);
			Thread.sleep(100);
		}
	}

	private static void report(String measured) {
		System.err.println("benchmark several-instances: " + measured);
	}

	private static String code(JsonNode reply) {
		Matcher code = Pattern.compile("code:([A-Z0-9]+)").matcher(reply.get("text").asString());
		assertThat(code.find()).as(reply.toString()).isTrue();
		return code.group(1);
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static FakeDiscordRest startRest() {
		try {
			return new FakeDiscordRest();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
