package eu.agora.storage;

import org.junit.jupiter.api.Test;

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
	void theClientTalksToTheEmbeddedServerUnlessMongoUriIsSet() {
		String mongoUri = System.getenv("MONGODB_URI");
		if (mongoUri == null || mongoUri.isBlank()) {
			EmbeddedMongoServer server = this.context.getBean(EmbeddedMongoServer.class);
			assertThat(this.connectionDetails.getConnectionString().getHosts())
				.containsExactly(EmbeddedMongoServer.HOST + ":" + server.port());
			assertThat(this.connectionDetails.getConnectionString().getDatabase()).isEqualTo("agora");
		}
		else {
			assertThat(this.context.getBeansOfType(EmbeddedMongoServer.class)).isEmpty();
			assertThat(this.databaseFactory.getMongoDatabase().getName()).startsWith("agora-test-");
		}
	}

	@Test
	void mongoHealthIsUp() {
		assertThat(this.mongoHealth).isInstanceOf(HealthIndicator.class);

		assertThat(((HealthIndicator) this.mongoHealth).health().getStatus()).isEqualTo(Status.UP);
	}

}
