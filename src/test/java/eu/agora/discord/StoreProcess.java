package eu.agora.discord;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import eu.agora.Launcher;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code agora.jar store} as its own process, as an operator runs it for a trial:
 * started, stopped (SIGTERM, which closes its file) and started again on the same port
 * and data.
 */
final class StoreProcess implements AutoCloseable {

	private final int port;

	private final Path dir;

	private int starts;

	private Process process;

	private StoreProcess(int port, Path dir) throws IOException, InterruptedException {
		this.port = port;
		this.dir = dir;
		this.process = launch();
	}

	/** Starts the store on {@code port} with its data and logs under {@code dir}. */
	static StoreProcess start(int port, Path dir) throws IOException, InterruptedException {
		return new StoreProcess(port, dir);
	}

	String uri() {
		return "mongodb://127.0.0.1:" + port + "/agora";
	}

	/** SIGTERM, as Ctrl-C or an orchestrator stops it; waits until it exited. */
	void stop() throws InterruptedException {
		process.destroy();
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the store stops").isTrue();
	}

	/** Starts it again on the same port and data directory. */
	void restart() throws IOException, InterruptedException {
		this.process = launch();
	}

	private Process launch() throws IOException, InterruptedException {
		starts++;
		// both streams go to files: a pipe nobody reads would stall the store once full
		Path out = dir.resolve("store-stdout-" + starts + ".log");
		Process store = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m", "-cp",
				System.getProperty("java.class.path"), Launcher.class.getName(), "store", "--port",
				Integer.toString(port), "--data-dir", dir.resolve("store").toAbsolutePath().toString())
			.redirectOutput(out.toFile())
			.redirectError(dir.resolve("store-stderr-" + starts + ".log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (Files.readString(out).indexOf('\n') < 0) {
			assertThat(store.isAlive()).as("the store runs").isTrue();
			assertThat(System.nanoTime()).as("the store's first line").isLessThan(deadline);
			Thread.sleep(100);
		}
		// instances that waited for the store connect at once: its first line still names
		// it
		String line = Files.readString(out).lines().findFirst().orElseThrow();
		assertThat(line).as("the store's first line").contains("listening").contains(":" + port + "/agora");
		return store;
	}

	@Override
	public void close() {
		process.destroyForcibly();
	}

}
