package eu.agora.discord;

import java.time.Clock;
import java.util.Date;
import java.util.Optional;

import org.bson.Document;

import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Inbound;

/**
 * {@link LastSeenChannels} in the collection {@code discord_last_seen} ({@code {_id:
 * Discord user id, channel, at}}), shared by every instance: whichever sends a reminder
 * finds the channel another instance saw. One small upsert per interaction in a guild
 * channel.
 */
@Component
@Conditional(DiscordTokenCondition.class)
final class MongoLastSeenChannels implements LastSeenChannels {

	static final String COLLECTION = "discord_last_seen";

	private final MongoTemplate mongo;

	private final Clock clock;

	MongoLastSeenChannels(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void saw(Inbound inbound) {
		if (inbound.workspace() != null && inbound.channel() != null) {
			String where = (inbound.thread() != null) ? inbound.thread() : inbound.channel();
			mongo.upsert(Query.query(Criteria.where("_id").is(inbound.sender().userId())),
					new Update().set("channel", where).set("at", Date.from(clock.instant())), COLLECTION);
		}
	}

	@Override
	public Optional<String> of(String userId) {
		return Optional.ofNullable(mongo.findById(userId, Document.class, COLLECTION))
			.map((seen) -> seen.getString("channel"));
	}

}
