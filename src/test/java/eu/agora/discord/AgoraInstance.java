package eu.agora.discord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import tools.jackson.databind.JsonNode;

import eu.agora.AgoraProcess;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One Agora process of {@link SeveralInstancesBenchmark}: its JSON shell, every line it
 * printed, its log file and its {@code /actuator/health}.
 */
final class AgoraInstance implements AutoCloseable {

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final AgoraProcess process;

	private final Path log;

	private final int httpPort;

	private final List<String> lines = new CopyOnWriteArrayList<>();

	private boolean ended;

	private AgoraInstance(AgoraProcess process, Path log, int httpPort) {
		this.process = process;
		this.log = log;
		this.httpPort = httpPort;
	}

	/**
	 * Starts Agora with the web server on {@code httpPort}, its data under {@code data}
	 * and its log beside it.
	 */
	static AgoraInstance start(Path data, int httpPort, List<String> args) {
		List<String> all = new ArrayList<>(args);
		all.add("--spring.main.web-application-type=servlet");
		all.add("--server.port=" + httpPort);
		AgoraProcess process = AgoraProcess.start(data, all.toArray(String[]::new));
		return new AgoraInstance(process, data.resolveSibling(data.getFileName() + "-stderr.log"), httpPort);
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

	/** Every line printed so far (waiting half a second for more) that contains text. */
	List<String> linesContaining(String text) {
		drain();
		return lines.stream().filter((line) -> line.contains(text)).toList();
	}

	/** {@code GET /actuator/health}, also when it answers 503. */
	JsonNode health() throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/actuator/health"))
			.timeout(Duration.ofSeconds(45))
			.build();
		return FakeDiscordGateway.JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
	}

	/** What the process logged so far. */
	String log() {
		try {
			return Files.readString(log);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** SIGKILL: no shutdown hooks, the lease is not given up. */
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
