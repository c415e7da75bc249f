package eu.agora;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;

/**
 * A Spring Boot test of the whole application with test-friendly storage.
 * <p>
 * Without {@code MONGODB_URI}, the context starts the embedded MongoDB-wire server with
 * the in-memory backend on a random free port, so nothing touches {@code ./data} and
 * parallel builds do not collide. With {@code MONGODB_URI} (or
 * {@code spring.mongodb.uri}) set, the same tests run against that real MongoDB, each
 * test context in its own database {@code agora-test-<random>} that is dropped when the
 * context closes (see {@link SeparateTestDatabase}). Tests sharing a context share its
 * database, so give test data unique keys.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(properties = { "agora.storage.embedded.backend=memory", "agora.storage.embedded.port=0",
		"agora.shell.enabled=false", "agora.scheduling.enabled=false", "agora.knowledge.index=memory",
		"agora.knowledge.starter=false" })
@ContextConfiguration(initializers = SeparateTestDatabase.class)
public @interface AgoraTest {

}
