package eu.agora;

import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.StringUtils;

/**
 * When tests run against a real MongoDB ({@code MONGODB_URI} or
 * {@code spring.mongodb.uri} set), gives the test context its own database
 * {@code agora-test-<random>} and drops it when the context closes. Against the embedded
 * in-memory server it does nothing.
 */
public class SeparateTestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		ConfigurableEnvironment environment = context.getEnvironment();
		if (!usesExternalMongo(environment)) {
			return;
		}
		String database = "agora-test-" + UUID.randomUUID().toString().substring(0, 8);
		environment.getPropertySources()
			.addFirst(new MapPropertySource("agoraTestDatabase", Map.of("spring.mongodb.database", database)));
		context.addApplicationListener(new DropOnClose(database));
	}

	private static boolean usesExternalMongo(ConfigurableEnvironment environment) {
		return StringUtils.hasText(environment.getProperty("MONGODB_URI"))
				|| StringUtils.hasText(environment.getProperty("spring.mongodb.uri"));
	}

	private record DropOnClose(String database) implements ApplicationListener<ContextClosedEvent> {

		@Override
		public void onApplicationEvent(ContextClosedEvent event) {
			event.getApplicationContext().getBean(MongoClient.class).getDatabase(this.database).drop();
		}

	}

}
