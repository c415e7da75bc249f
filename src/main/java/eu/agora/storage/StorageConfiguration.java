package eu.agora.storage;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClient;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.mongodb.autoconfigure.MongoClientSettingsBuilderCustomizer;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Chooses where MongoDB lives. {@code spring.mongodb.uri} is left to Spring Boot; a bare
 * {@code MONGODB_URI} becomes the {@link MongoConnectionDetails}; with neither, the
 * embedded server starts first and the connection details point at it, so the Mongo
 * client is only created once the server listens.
 */
@Configuration(proxyBeanMethods = false)
class StorageConfiguration {

	static final String DEFAULT_DATABASE = "agora";

	@Configuration(proxyBeanMethods = false)
	@Conditional(MongoSource.Embedded.class)
	static class EmbeddedMongoConfiguration {

		private static final String SERVER_LOGGER = "de.bwaldvogel";

		private static final String SERVER_LOG_LEVEL = "logging.level." + SERVER_LOGGER;

		@Bean
		EmbeddedMongoServer embeddedMongoServer(StorageProperties storage, AgoraProperties agora,
				Environment environment, ObjectProvider<LoggingSystem> loggingSystem) {
			loggingSystem.ifAvailable((logging) -> quietServerLogging(environment, logging));
			StorageProperties.Embedded embedded = storage.embedded();
			return EmbeddedMongoServer.start(embedded.backend(), embedded.port(), agora.dataDir());
		}

		/**
		 * mongo-java-server logs every connection and new collection at INFO; keep the
		 * log to our one line unless {@code logging.level.de.bwaldvogel} says otherwise.
		 */
		private static void quietServerLogging(Environment environment, LoggingSystem logging) {
			if (!environment.containsProperty(SERVER_LOG_LEVEL)) {
				logging.setLogLevel(SERVER_LOGGER, LogLevel.WARN);
			}
		}

		@Bean
		MongoConnectionDetails mongoConnectionDetails(EmbeddedMongoServer server) {
			ConnectionString connectionString = server.connectionString(DEFAULT_DATABASE);
			return () -> connectionString;
		}

	}

	@Configuration(proxyBeanMethods = false)
	@Conditional(MongoSource.EnvironmentVariable.class)
	static class MongoUriConfiguration {

		@Bean
		MongoConnectionDetails mongoConnectionDetails(Environment environment) {
			ConnectionString connectionString = new ConnectionString(
					environment.getRequiredProperty(MongoSource.MONGODB_URI));
			return () -> connectionString;
		}

	}

	@Bean
	MongoSequences sequences(MongoOperations mongo) {
		return new MongoSequences(mongo);
	}

	/**
	 * Leases between processes run on the wall clock, never on the application's clock,
	 * which tests move by days: a lease is about real seconds between real instances.
	 */
	@Bean
	MongoLeases leases(MongoOperations mongo) {
		return new MongoLeases(mongo, Clock.systemUTC());
	}

	@Bean
	MongoDatabaseReachability databaseReachability(MongoClient client) {
		return new MongoDatabaseReachability(client);
	}

	@Bean
	InstanceId instanceId(@Value("${agora.instance-id:}") String configured) {
		return InstanceId.of(configured);
	}

	/**
	 * A lost database fails a request after
	 * {@code agora.storage.server-selection-timeout} (the driver waits 30 s), so commands
	 * can say "try again shortly" in time; a {@code serverSelectionTimeoutMS} in the
	 * connection string wins.
	 */
	@Bean
	MongoClientSettingsBuilderCustomizer quickServerSelection(StorageProperties storage,
			MongoConnectionDetails connection) {
		boolean given = connection.getConnectionString().getServerSelectionTimeout() != null;
		return (settings) -> {
			if (!given) {
				settings.applyToClusterSettings((cluster) -> cluster
					.serverSelectionTimeout(storage.serverSelectionTimeout().toMillis(), TimeUnit.MILLISECONDS));
			}
		};
	}

}
