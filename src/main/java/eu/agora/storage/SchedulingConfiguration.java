package eu.agora.storage;

import com.mongodb.client.MongoClient;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs (reminders, digests) run in the core, and each on one instance at a
 * time: ShedLock keeps its locks in the {@code shedLock} collection.
 * {@code agora.scheduling.enabled=false} turns the schedule off (tests call the jobs
 * directly).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
@ConditionalOnProperty(name = "agora.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {

	@Bean
	LockProvider lockProvider(MongoClient client, MongoDatabaseFactory databases) {
		return new MongoLockProvider(client.getDatabase(databases.getMongoDatabase().getName()));
	}

}
