package eu.agora.panels;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/** {@link Panels} in the {@code panels} collection. */
@Component
class MongoPanels implements Panels {

	static final String COLLECTION = "panels";

	private final MongoTemplate mongo;

	MongoPanels(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(Panel panel) {
		return UniqueInserts.insertIfNew(mongo, panel, COLLECTION);
	}

	@Override
	public Optional<Panel> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Panel.class, COLLECTION));
	}

	@Override
	public List<Panel> all() {
		return mongo.findAll(Panel.class, COLLECTION).stream().sorted(Comparator.comparing(Panel::name)).toList();
	}

	@Override
	public Optional<Panel> boundTo(String channel) {
		return Optional
			.ofNullable(mongo.findOne(Query.query(Criteria.where("channels").is(channel)), Panel.class, COLLECTION));
	}

	@Override
	public boolean replace(Panel changed, long expectedVersion) {
		Query sameVersion = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(sameVersion, changed, COLLECTION) != null;
	}

}
