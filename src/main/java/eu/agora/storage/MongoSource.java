package eu.agora.storage;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Where the MongoDB connection comes from, decided from the environment:
 * {@code spring.mongodb.uri} wins, then the {@code MONGODB_URI} environment variable (or
 * property), else the embedded server.
 */
enum MongoSource {

	SPRING_PROPERTY, ENVIRONMENT_VARIABLE, EMBEDDED;

	static final String MONGODB_URI = "MONGODB_URI";

	static final String SPRING_MONGODB_URI = "spring.mongodb.uri";

	static MongoSource of(Environment environment) {
		if (StringUtils.hasText(environment.getProperty(SPRING_MONGODB_URI))) {
			return SPRING_PROPERTY;
		}
		if (StringUtils.hasText(environment.getProperty(MONGODB_URI))) {
			return ENVIRONMENT_VARIABLE;
		}
		return EMBEDDED;
	}

	static class Embedded implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return of(context.getEnvironment()) == EMBEDDED;
		}

	}

	static class EnvironmentVariable implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return of(context.getEnvironment()) == ENVIRONMENT_VARIABLE;
		}

	}

}
