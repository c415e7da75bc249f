package eu.agora.panels;

import java.util.List;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** {@link KeyPoints} in the {@code panel_key_points} collection. */
@Component
class MongoKeyPoints implements KeyPoints {

	static final String COLLECTION = "panel_key_points";

	private final MongoTemplate mongo;

	MongoKeyPoints(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void add(KeyPoint point) {
		mongo.insert(point, COLLECTION);
	}

	@Override
	public long countIn(String sessionId, int round) {
		return mongo.count(Query.query(Criteria.where("sessionId").is(sessionId).and("round").is(round)),
				KeyPoint.class, COLLECTION);
	}

	@Override
	public List<KeyPoint> of(String sessionId) {
		return mongo.find(Query.query(Criteria.where("sessionId").is(sessionId)).with(Sort.by("at")), KeyPoint.class,
				COLLECTION);
	}

	@Override
	public void reattribute(String fromPersonId, String toPersonId) {
		mongo.updateMulti(Query.query(Criteria.where("contributorPersonId").is(fromPersonId)),
				new Update().set("contributorPersonId", toPersonId), KeyPoint.class, COLLECTION);
	}

}
