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
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;
import eu.agora.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's "Done when", end to end: the shared store ({@code agora.jar store}) and two
 * Agora processes A and B over it, both with Discord (the local fake gateway and REST
 * API) and a JSON shell. Exactly one gateway connection at a time; a document added
 * through A is found by {@code /ask} through B within 10 s; a reminder due once is sent
 * once across both; after {@code kill -9} of the holder A, B connects within 30 s and
 * answers a button on a message A sent. Too slow for the suite (three JVMs, two full
 * starts): run with
 * {@code ./mvnw -B -q test -Dtest=SeveralInstancesBenchmark -Dagora.benchmark=true
 * -Dsurefire.failIfNoSpecifiedTests=false}; the timings go to standard error and
 * {@code docs/BENCHMARKS.md}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class SeveralInstancesBenchmark {

	private static final Duration START = Duration.ofSeconds(180);

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
	void twoInstancesShareOneStoreOneGatewayTheKnowledgeAndTheJobs() throws Exception {
		gateway.start();
		int port = freePort();
		Process store = startStore(port);
		String uri = "mongodb://127.0.0.1:" + port + "/agora";

		Instance a = start("A", uri);
		a.reply("/city show Lodz", START);
		awaitSessions(1, Duration.ofSeconds(30));
		Instance b = start("B", uri);
		b.reply("/city show Lodz", START);
		Thread.sleep(8_000);
		assertThat(gateway.identifiedSessions()).as("B waits while A holds the gateway").isEqualTo(1);
		assertThat(gateway.identifiedWith()).hasSize(1);

		String code = code(a.reply("/city invite Lodz", Duration.ofSeconds(30)));
		a.reply("/city register Lodz code:" + code, Duration.ofSeconds(30));
		String deadline = LocalDate.now(ZoneOffset.UTC).plusDays(20).toString();
		JsonNode commitment = a
			.reply("/commit add title:\"Tram lines\" domain:mobility target:\"12 km by 2029\" deadline:" + deadline
					+ " owner:\"Transport Office\"", Duration.ofSeconds(30));
		assertThat(commitment.get("error").asBoolean()).as(commitment.toString()).isFalse();

		Path document = Files.writeString(dir.resolve("glasgow-tenements.md"),
				"# Tenements\n\nGlasgow retrofits sandstone tenements with internal wall insulation, block by block.");
		JsonNode added = a.reply("/knowledge add " + document, Duration.ofSeconds(60));
		assertThat(added.get("text").asString()).as(added.toString()).contains("Added");
		long addedAt = System.nanoTime();
		JsonNode found = null;
		while (System.nanoTime() - addedAt < Duration.ofSeconds(20).toNanos()) {
			JsonNode answer = b.reply("/ask How are Glasgow's tenements insulated?", Duration.ofSeconds(30));
			if (answer.toString().contains("internal wall insulation")) {
				found = answer;
				break;
			}
			Thread.sleep(500);
		}
		Duration followed = Duration.ofNanos(System.nanoTime() - addedAt);
		System.err.println("benchmark several-instances: document added through A found through B after "
				+ followed.toMillis() + " ms");
		assertThat(found).as("B finds the document A added").isNotNull();
		assertThat(followed).isLessThan(Duration.ofSeconds(10));

		String button = buttonOfAnAnswerOnDiscord();
		Thread.sleep(12_000);

		a.kill();
		long killedAt = System.nanoTime();
		awaitIdentified(2, Duration.ofSeconds(45));
		Duration takeover = Duration.ofNanos(System.nanoTime() - killedAt);
		System.err
			.println("benchmark several-instances: B connected " + takeover.toMillis() + " ms after kill -9 of A");
		assertThat(takeover).isLessThan(Duration.ofSeconds(30));
		assertThat(gateway.mostIdentifiedAtOnce()).as("never two gateway connections at once").isEqualTo(1);

		Map<String, Object> press = Discord.button(button);
		long pressedAt = System.nanoTime();
		String pressAnswer = await(press, Duration.ofSeconds(20));
		System.err.println("benchmark several-instances: B answered the button of A's message in "
				+ Duration.ofNanos(System.nanoTime() - pressedAt).toMillis() + " ms");
		assertThat(pressAnswer).as("B records the feedback on the answer A gave").contains("noted that answer");

		Thread.sleep(6_000);
		List<String> reminders = new ArrayList<>(a.linesContaining("Reminder: **C-"));
		reminders.addAll(b.linesContaining("Reminder: **C-"));
		assertThat(reminders).as("the reminder due once, sent once across A and B").hasSize(1);

		aFrozenHolderIsReplacedAndStepsDownWhenItWakes(b, start("C", uri), button);
		store.destroy();
	}

	/**
	 * SIGSTOP of the holder B: C takes over; an interaction that reaches both while B is
	 * frozen is answered by C alone; B, woken, shuts its stale connection.
	 */
	private void aFrozenHolderIsReplacedAndStepsDownWhenItWakes(Instance b, Instance c, String button)
			throws Exception {
		c.reply("/city show Lodz", START);
		assertThat(gateway.identifiedSessions()).as("C waits while B holds the gateway").isEqualTo(1);
		int connections = gateway.identifiedWith().size();
		b.signal("STOP");
		long frozenAt = System.nanoTime();
		awaitIdentified(connections + 1, Duration.ofSeconds(45));
		Duration replaced = Duration.ofNanos(System.nanoTime() - frozenAt);
		System.err
			.println("benchmark several-instances: C connected " + replaced.toMillis() + " ms after SIGSTOP of B");
		assertThat(replaced).isLessThan(Duration.ofSeconds(30));

		Map<String, Object> press = Discord.button(button);
		assertThat(await(press, Duration.ofSeconds(20))).as("C answers while B is frozen")
			.contains("noted that answer");
		b.signal("CONT");
		long wokenAt = System.nanoTime();
		awaitSessions(1, Duration.ofSeconds(15));
		System.err.println("benchmark several-instances: B, woken, shut its stale connection after "
				+ Duration.ofNanos(System.nanoTime() - wokenAt).toMillis() + " ms");
		Thread.sleep(3_000);
		String token = (String) press.get("token");
		assertThat(rest.requests()
			.stream()
			.filter((request) -> request.path().contains(token) && request.path().endsWith("/callback"))
			.toList()).as("the interaction that reached B while it was frozen is answered once, by C").hasSize(1);
		assertThat(Files.readString(dir.resolve("B-stderr.log"))).contains("Discord gateway shut on B");
		assertThat(gateway.identifiedWith()).as("B does not connect again").hasSize(connections + 1);
	}

	/** Asks on Discord through the gateway holder and returns a button of the answer. */
	private String buttonOfAnAnswerOnDiscord() throws InterruptedException {
		Map<String, Object> ask = Discord.slash("ask", List.of(),
				Map.of("question", "How are Glasgow's tenements insulated?"));
		String body = await(ask, Duration.ofSeconds(30));
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

	private Instance start(String name, String uri) {
		Path data = dir.resolve(name).toAbsolutePath();
		AgoraProcess process = AgoraProcess.start(data, "--MONGODB_URI=" + uri,
				"--DISCORD_TOKEN=" + FakeDiscordRest.TOKEN, "--agora.instance-id=" + name,
				"--agora.discord.rest-url=" + rest.url(), "--agora.discord.gateway-url=" + gateway.url(),
				"--agora.discord.guild-ids=" + Discord.GUILD, "--agora.shell.enabled=true", "--agora.shell.format=json",
				"--agora.shell.user=shell-admin", "--agora.directory.admins=shell:shell-admin,discord:" + Discord.USER,
				"--agora.commitments.reminders-cron=*/5 * * * * *",
				"--logging.level.eu.agora.discord.GatewayLeadership=DEBUG");
		Instance instance = new Instance(process);
		running.add(instance);
		return instance;
	}

	private Process startStore(int port) throws IOException, InterruptedException {
		// both streams go to files: a pipe nobody reads would stall the store once full
		Path out = dir.resolve("store-stdout.log");
		Process store = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-cp",
				System.getProperty("java.class.path"), Launcher.class.getName(), "store", "--port",
				Integer.toString(port), "--data-dir", dir.resolve("store").toAbsolutePath().toString())
			.redirectOutput(out.toFile())
			.redirectError(dir.resolve("store-stderr.log").toFile())
			.start();
		running.add(store::destroyForcibly);
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (Files.readString(out).indexOf('\n') < 0) {
			assertThat(store.isAlive()).as("the store runs").isTrue();
			assertThat(System.nanoTime()).as("the store's first line").isLessThan(deadline);
			Thread.sleep(100);
		}
		String line = Files.readString(out).lines().findFirst().orElseThrow();
		assertThat(line).as("the store's first line").contains("listening").contains(":" + port + "/agora");
		return store;
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

	/** One Agora process and every line it printed so far. */
	private static final class Instance implements AutoCloseable {

		private final AgoraProcess process;

		private final List<String> lines = new CopyOnWriteArrayList<>();

		private boolean ended;

		Instance(AgoraProcess process) {
			this.process = process;
		}

		/** Sends a command and returns its reply, keeping what was printed before it. */
		JsonNode reply(String command, Duration timeout) {
			process.send(command);
			while (true) {
				String line = process.nextLine(timeout);
				if (line == null) {
					throw new AssertionError("Agora ended before answering " + command + "; printed " + lines);
				}
				lines.add(line);
				JsonNode reply = FakeDiscordGateway.JSON.readTree(line);
				if (reply.hasNonNull("replyTo")) {
					return reply;
				}
			}
		}

		List<String> linesContaining(String text) {
			drain();
			return lines.stream().filter((line) -> line.contains(text)).toList();
		}

		void kill() {
			process.kill();
		}

		/** Sends {@code kill -<name>} (STOP, CONT) to the process. */
		void signal(String name) throws IOException, InterruptedException {
			Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(process.pid())).inheritIO().start();
			assertThat(kill.waitFor()).as("kill -" + name).isZero();
		}

		private void drain() {
			while (!ended) {
				try {
					String line = process.nextLine(Duration.ofMillis(500));
					if (line == null) {
						ended = true;
					}
					else {
						lines.add(line);
					}
				}
				catch (AssertionError quiet) {
					return;
				}
			}
		}

		@Override
		public void close() {
			process.close();
		}

	}

}
