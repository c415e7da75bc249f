package eu.agora.panels;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.directory.PersonalData;

/**
 * What panels hold about a person: the key points they saved (kept unattributed in every
 * outcome) and the panels they moderate. Erasing unlinks the key points from them — the
 * points stay, their contributor becomes the anonymous subject — and takes them off the
 * panels' moderators.
 */
@Component
class MongoPanelsPersonalData implements PersonalData {

	private final MongoTemplate mongo;

	MongoPanelsPersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "panels";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("keyPointsSaved",
				mongo
					.find(Query.query(Criteria.where("contributorPersonId").is(personId)), KeyPoint.class,
							MongoKeyPoints.COLLECTION)
					.stream()
					.map((point) -> Map.of("session", point.sessionId(), "round", point.round(), "text", point.text(),
							"at", point.at().toString()))
					.toList());
		held.put("panelsModerated",
				mongo.find(Query.query(Criteria.where("moderators").is(personId)), Panel.class, MongoPanels.COLLECTION)
					.stream()
					.map(Panel::name)
					.toList());
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		mongo.updateMulti(Query.query(Criteria.where("contributorPersonId").is(personId)),
				new Update().set("contributorPersonId", anonymousSubject), MongoKeyPoints.COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("moderators").is(personId)),
				new Update().pull("moderators", personId).inc("version", 1), MongoPanels.COLLECTION);
	}

}
