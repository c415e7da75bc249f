package eu.agora.storage;

import com.mongodb.ConnectionString;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

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

		@Bean
		EmbeddedMongoServer embeddedMongoServer(StorageProperties storage, AgoraProperties agora) {
			StorageProperties.Embedded embedded = storage.embedded();
			return EmbeddedMongoServer.start(embedded.backend(), embedded.port(), agora.dataDir());
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

}
