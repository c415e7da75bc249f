package eu.agora.discord;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Element;

/**
 * {@link InteractionMemory} in the collection {@code discord_interactions}, so that a
 * button sent by one instance is understood by whichever holds the gateway when it is
 * pressed: {@code {_id: key, kind, value (JSON), expiresAt}}. Expired entries are swept
 * now and then by this class (no TTL index).
 */
@Component
@Conditional(DiscordTokenCondition.class)
final class MongoInteractionMemory implements InteractionMemory {

	static final String COLLECTION = "discord_interactions";

	private static final int SWEEP_EVERY = 200;

	private final SecureRandom random = new SecureRandom();

	private final JsonMapper json = JsonMapper.shared();

	private final AtomicLong remembered = new AtomicLong();

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoInteractionMemory(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
		mongo.indexOps(COLLECTION).createIndex(new Index().on("expiresAt", Sort.Direction.ASC));
	}

	@Override
	public String remember(Object value) {
		String key = Long.toString(random.nextLong() & Long.MAX_VALUE, 36);
		Instant now = clock.instant();
		Document entry = new Document("_id", key).append("kind", Kind.of(value).name())
			.append("value", json.writeValueAsString(value))
			.append("expiresAt", Date.from(now.plus(LIFETIME)));
		mongo.insert(entry, COLLECTION);
		if (remembered.incrementAndGet() % SWEEP_EVERY == 0) {
			mongo.remove(Query.query(Criteria.where("expiresAt").lt(Date.from(now))), COLLECTION);
		}
		return key;
	}

	@Override
	public <T> Optional<T> recall(String key, Class<T> type) {
		Document entry = mongo.findById(key, Document.class, COLLECTION);
		if (entry == null || !entry.getDate("expiresAt").toInstant().isAfter(clock.instant())) {
			return Optional.empty();
		}
		Class<?> stored = Kind.valueOf(entry.getString("kind")).type;
		if (!type.isAssignableFrom(stored)) {
			return Optional.empty();
		}
		return Optional.of(type.cast(json.readValue(entry.getString("value"), stored)));
	}

	/** What an entry holds. */
	private enum Kind {

		ACTION(CustomIds.Pressed.Action.class), FORM(Element.Form.class), TEXT(String.class);

		private final Class<?> type;

		Kind(Class<?> type) {
			this.type = type;
		}

		static Kind of(@Nullable Object value) {
			for (Kind kind : values()) {
				if (kind.type.isInstance(value)) {
					return kind;
				}
			}
			throw new IllegalArgumentException("Cannot remember a " + ((value != null) ? value.getClass() : null));
		}

	}

}
