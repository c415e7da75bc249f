package eu.agora.storage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.storage.StorageProperties.Backend;

/**
 * {@code java -jar agora.jar store --port 27017 --data-dir ./store}: the embedded
 * MongoDB-wire store (mongo-java-server, H2 file, durable acknowledged writes) as a
 * process of its own, which several Agora processes share through
 * {@code MONGODB_URI=mongodb://host:port/agora}. For trials and tests of several
 * instances, not for production: it is one node, with no replica set, no transactions and
 * no change streams. It starts no part of the bot and runs until it is stopped.
 */
public final class SharedStore {

	static final String USAGE = "Usage: java -jar agora.jar store [--port 27017] [--data-dir ./store] [--host 127.0.0.1]";

	private static final String REQUEST_FAILURES = "de.bwaldvogel.mongo.wire.MongoDatabaseHandler";

	private static final Map<String, String> DEFAULTS = Map.of("port", "27017", "data-dir", "./store", "host",
			EmbeddedMongoServer.HOST);

	private SharedStore() {
	}

	/** Runs the store until the process is stopped; exits 2 on bad arguments. */
	public static void main(String[] args) throws InterruptedException {
		quietLogging();
		Settings settings;
		try {
			settings = Settings.parse(List.of(args));
		}
		catch (IllegalArgumentException ex) {
			System.err.println(ex.getMessage());
			System.err.println(USAGE);
			System.exit(2);
			return;
		}
		EmbeddedMongoServer server;
		try {
			server = EmbeddedMongoServer.start(Backend.FILE, settings.host(), settings.port(), settings.dataDir());
		}
		catch (StorageStartupException ex) {
			System.err.println(ex.getMessage());
			System.exit(1);
			return;
		}
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			server.close();
			stopped.countDown();
		}, "shared-store-stop"));
		System.out.println("Agora shared store (for trials and tests, not production) listening: MONGODB_URI=mongodb://"
				+ settings.host() + ":" + server.port() + "/" + StorageConfiguration.DEFAULT_DATABASE + ", data in "
				+ StoreFile.in(settings.dataDir()));
		System.out.flush();
		stopped.await();
	}

	/**
	 * Outside Spring, logback would log every connection at DEBUG: warnings only. A
	 * request that fails (a duplicate key of a unique claim, which the instances expect)
	 * is answered to its client as an error, which reports it there; the store would also
	 * log each one with its stack trace, so that log is off. Standard output holds the
	 * line that names the URI and little else.
	 */
	private static void quietLogging() {
		if (LoggerFactory.getILoggerFactory() instanceof LoggerContext logback) {
			logback.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.WARN);
			logback.getLogger(REQUEST_FAILURES).setLevel(Level.OFF);
		}
	}

	/** The store's command-line settings. */
	record Settings(String host, int port, Path dataDir) {

		/** {@code --name value} or {@code --name=value}, each at most once. */
		static Settings parse(List<String> args) {
			Map<String, String> given = new LinkedHashMap<>();
			List<String> rest = new ArrayList<>(args);
			while (!rest.isEmpty()) {
				String arg = rest.remove(0);
				if (!arg.startsWith("--")) {
					throw new IllegalArgumentException("Unexpected argument \"" + arg + "\".");
				}
				String name = arg.substring(2);
				String value;
				int equals = name.indexOf('=');
				if (equals >= 0) {
					value = name.substring(equals + 1);
					name = name.substring(0, equals);
				}
				else if (!rest.isEmpty() && !rest.get(0).startsWith("--")) {
					value = rest.remove(0);
				}
				else {
					throw new IllegalArgumentException("--" + name + " needs a value.");
				}
				if (!DEFAULTS.containsKey(name)) {
					throw new IllegalArgumentException("Unknown option --" + name + ".");
				}
				if (given.put(name, value) != null) {
					throw new IllegalArgumentException("--" + name + " is given twice.");
				}
			}
			Map<String, String> settings = new LinkedHashMap<>(DEFAULTS);
			settings.putAll(given);
			return new Settings(settings.getOrDefault("host", EmbeddedMongoServer.HOST),
					port(settings.getOrDefault("port", "27017")),
					Path.of(settings.getOrDefault("data-dir", "./store")));
		}

		private static int port(String value) {
			try {
				int port = Integer.parseInt(value);
				if (port >= 0 && port <= 65535) {
					return port;
				}
			}
			catch (NumberFormatException ex) {
				// answered below
			}
			throw new IllegalArgumentException(
					"--port must be a TCP port from 0 to 65535 (0 picks a free one), not \"" + value + "\".");
		}

	}

}
