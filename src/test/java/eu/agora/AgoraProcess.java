package eu.agora;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Agora running as a separate program, exactly as {@code java -jar agora.jar} would run
 * it (same main class, this test run's classpath), driven through its standard input and
 * read from its standard output. Always on the embedded store under the given data dir.
 */
public final class AgoraProcess implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Object EOF = new Object();

	private final Process process;

	private final Writer stdin;

	private final BlockingQueue<Object> stdout = new LinkedBlockingQueue<>();

	private AgoraProcess(Process process) {
		this.process = process;
		this.stdin = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
		Thread reader = new Thread(this::pump, "agora-stdout");
		reader.setDaemon(true);
		reader.start();
	}

	/** Starts Agora with {@code --agora.data-dir=dataDir} and the given arguments. */
	public static AgoraProcess start(Path dataDir, String... args) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.add("-Xmx512m");
		// a journey's process lives seconds: the quick compiler alone halves its start-up
		// CPU
		command.add("-XX:TieredStopAtLevel=1");
		command.add("-cp");
		command.add(System.getProperty("java.class.path"));
		command.add(AgoraApplication.class.getName());
		command.add("--agora.data-dir=" + dataDir);
		if (Stream.of(args).noneMatch((arg) -> arg.startsWith("--agora.knowledge.starter="))) {
			// embedding the starter pages costs each start seconds that only knowledge
			// journeys need; they ask for them explicitly
			command.add("--agora.knowledge.starter=false");
		}
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command)
			.redirectError(dataDir.resolveSibling(dataDir.getFileName() + "-stderr.log").toFile());
		builder.environment().keySet().removeAll(List.of("MONGODB_URI", "SLACK_BOT_TOKEN", "DISCORD_TOKEN"));
		try {
			return new AgoraProcess(builder.start());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Runs a whole script (stdin closed at its end) and returns every stdout line. */
	public static Result script(Path dataDir, String script, String... args) {
		try (AgoraProcess agora = start(dataDir, args)) {
			agora.send(script);
			agora.closeInput();
			List<String> lines = new ArrayList<>();
			for (String line = agora.nextLine(Duration.ofSeconds(60)); line != null; line = agora
				.nextLine(Duration.ofSeconds(60))) {
				lines.add(line);
			}
			return new Result(agora.waitForExit(Duration.ofSeconds(30)), lines);
		}
	}

	/**
	 * One invite code per city, issued by the admin {@code shell-admin} in one run: a
	 * journey's people join their cities with {@code /city register <city> code:<code>}.
	 */
	public static List<String> inviteCodes(Path dataDir, String... cities) {
		String script = Stream.of(cities).map((city) -> "/city invite " + city).collect(Collectors.joining("\n"));
		Result result = script(dataDir, script + "\n", "--agora.shell.format=json", "--agora.shell.user=shell-admin");
		return result.replies().stream().filter((reply) -> reply.hasNonNull("replyTo")).map((reply) -> {
			Matcher code = Pattern.compile("code:([A-Z0-9]+)").matcher(reply.get("text").asString());
			if (!code.find()) {
				throw new AssertionError("No invite code in " + reply);
			}
			return code.group(1);
		}).toList();
	}

	public void send(String text) {
		try {
			stdin.write(text.endsWith("\n") ? text : text + "\n");
			stdin.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public void closeInput() {
		try {
			stdin.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The next line of output, or {@code null} at its end; fails after {@code timeout}.
	 */
	public String nextLine(Duration timeout) {
		try {
			Object line = stdout.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
			if (line == null) {
				throw new AssertionError("No output from Agora within " + timeout);
			}
			return (line == EOF) ? null : (String) line;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	/** The next reply in JSON mode. */
	public JsonNode nextReply(Duration timeout) {
		String line = nextLine(timeout);
		if (line == null) {
			throw new AssertionError("Agora ended without replying");
		}
		return JSON.readTree(line);
	}

	/** The operating system's id of the process, for signals such as SIGSTOP. */
	public long pid() {
		return process.pid();
	}

	/** Ends the process the hard way: SIGKILL, no shutdown hooks. */
	public void kill() {
		process.destroyForcibly();
		waitForExit(Duration.ofSeconds(30));
	}

	public int waitForExit(Duration timeout) {
		try {
			if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
				throw new AssertionError("Agora did not exit within " + timeout);
			}
			return process.exitValue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError(ex);
		}
	}

	@Override
	public void close() {
		if (process.isAlive()) {
			process.destroyForcibly();
		}
	}

	private void pump() {
		try (BufferedReader reader = new BufferedReader(
				new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
			for (String line = reader.readLine(); line != null; line = reader.readLine()) {
				stdout.add(line);
			}
		}
		catch (IOException ex) {
			// the process was killed; what it printed before is in the queue
		}
		finally {
			stdout.add(EOF);
		}
	}

	/** What a scripted run printed and how it ended. */
	public record Result(int exitCode, List<String> lines) {

		public List<JsonNode> replies() {
			return lines.stream().map(JSON::readTree).toList();
		}

	}

}
