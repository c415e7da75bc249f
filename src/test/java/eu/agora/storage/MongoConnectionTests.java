package eu.agora.storage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.context.ApplicationContext;
import org.springframework.data.mongodb.MongoDatabaseFactory;

import eu.agora.AgoraTest;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
class MongoConnectionTests {

	@Autowired
	ApplicationContext context;

	@Autowired
	MongoConnectionDetails connectionDetails;

	@Autowired
	MongoDatabaseFactory databaseFactory;

	@Autowired
	@Qualifier("mongoHealthContributor")
	HealthContributor mongoHealth;

	@Test
	@DisabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
	void withoutMongoUriTheClientTalksToTheEmbeddedServer() {
		EmbeddedMongoServer server = this.context.getBean(EmbeddedMongoServer.class);

		assertThat(this.connectionDetails.getConnectionString().getHosts())
			.containsExactly(EmbeddedMongoServer.HOST + ":" + server.port());
		assertThat(this.connectionDetails.getConnectionString().getDatabase()).isEqualTo("agora");
	}

	@Test
	@EnabledIfEnvironmentVariable(named = "MONGODB_URI", matches = ".+")
	void withMongoUriEachTestContextGetsItsOwnDatabase() {
		assertThat(this.context.getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
		assertThat(this.databaseFactory.getMongoDatabase().getName()).startsWith("agora-test-");
	}

	@Test
	void mongoHealthIsUp() {
		assertThat(this.mongoHealth).isInstanceOf(HealthIndicator.class);

		assertThat(((HealthIndicator) this.mongoHealth).health().getStatus()).isEqualTo(Status.UP);
	}

}
