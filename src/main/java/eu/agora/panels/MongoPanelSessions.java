package eu.agora.panels;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@link PanelSessions} in the {@code panel_sessions} collection. */
@Component
class MongoPanelSessions implements PanelSessions {

	static final String COLLECTION = "panel_sessions";

	private final MongoTemplate mongo;

	MongoPanelSessions(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public PanelSession add(PanelSession session) {
		return mongo.insert(session, COLLECTION);
	}

	@Override
	public Optional<PanelSession> current(String panelId) {
		return Optional
			.ofNullable(mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").is("RUNNING")),
					PanelSession.class, COLLECTION))
			.or(() -> Optional.ofNullable(
					mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").is("SCHEDULED"))
						.with(Sort.by("scheduledAt"))
						.limit(1), PanelSession.class, COLLECTION)));
	}

	@Override
	public Optional<PanelSession> latestHeld(String panelId) {
		return Optional.ofNullable(
				mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").in("RUNNING", "ENDED"))
					.with(Sort.by(Sort.Direction.DESC, "_id"))
					.limit(1), PanelSession.class, COLLECTION));
	}

	@Override
	public List<PanelSession> scheduled() {
		return mongo.find(Query.query(Criteria.where("state").is("SCHEDULED")), PanelSession.class, COLLECTION);
	}

	@Override
	public boolean replace(PanelSession changed, long expectedVersion) {
		Query sameVersion = Query.query(Criteria.where("_id").is(changed.id()).and("version").is(expectedVersion));
		return mongo.findAndReplace(sameVersion, changed, COLLECTION) != null;
	}

}
