package eu.agora.panels;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** {@link PanelOutcomes} in the {@code panel_outcomes} collection. */
@Component
class MongoPanelOutcomes implements PanelOutcomes {

	static final String COLLECTION = "panel_outcomes";

	private final MongoTemplate mongo;

	MongoPanelOutcomes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void save(PanelOutcome outcome) {
		mongo.save(outcome, COLLECTION);
	}

	@Override
	public List<PanelOutcome> all() {
		return mongo.find(new Query().with(Sort.by("publishedAt")), PanelOutcome.class, COLLECTION);
	}

	@Override
	public List<PanelOutcome> latest(@Nullable String panelId, int limit) {
		Query query = (panelId != null) ? Query.query(Criteria.where("panelId").is(panelId)) : new Query();
		return mongo.find(query.with(Sort.by(Sort.Direction.DESC, "publishedAt")).limit(limit), PanelOutcome.class,
				COLLECTION);
	}

}
