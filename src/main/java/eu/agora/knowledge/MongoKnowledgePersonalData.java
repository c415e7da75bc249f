package eu.agora.knowledge;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.directory.PersonalData;

/**
 * What the knowledge base holds about a person: the questions they asked (answers), the
 * verdicts they gave, the gaps they are waiting on and the gaps they answered. Erasing
 * names the anonymous subject as the asker of their answers and the author of their
 * verified answers, and unlinks them from the gaps they wait on (nobody is told any
 * more).
 */
@Component
class MongoKnowledgePersonalData implements PersonalData {

	private final MongoTemplate mongo;

	MongoKnowledgePersonalData(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public String section() {
		return "knowledge";
	}

	@Override
	public Object heldAbout(String personId) {
		Map<String, Object> held = new LinkedHashMap<>();
		held.put("questionsAsked",
				mongo.find(Query.query(Criteria.where("personId").is(personId)), Answer.class, MongoAnswers.COLLECTION)
					.stream()
					.map((answer) -> Map.of("answer", answer.id(), "question", answer.question(), "askedAt",
							answer.askedAt().toString()))
					.toList());
		held.put("feedbackGiven", mongo
			.find(Query.query(Criteria.where("feedback." + personId).exists(true)), Answer.class,
					MongoAnswers.COLLECTION)
			.stream()
			.map((answer) -> Map.of("answer", answer.id(), "verdict", String.valueOf(answer.feedback().get(personId))))
			.toList());
		held.put("gapsWaitingOn", gaps("askers", personId));
		held.put("gapsAnswered", gaps("answeredBy", personId));
		return held;
	}

	@Override
	public void erase(String personId, String anonymousSubject) {
		mongo.updateMulti(Query.query(Criteria.where("personId").is(personId)),
				new Update().set("personId", anonymousSubject), MongoAnswers.COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("askers").is(personId)), new Update().pull("askers", personId),
				MongoGaps.COLLECTION);
		mongo.updateMulti(Query.query(Criteria.where("answeredBy").is(personId)),
				new Update().set("answeredBy", anonymousSubject), MongoGaps.COLLECTION);
	}

	private Object gaps(String field, String personId) {
		return mongo.find(Query.query(Criteria.where(field).is(personId)), Gap.class, MongoGaps.COLLECTION)
			.stream()
			.map((gap) -> Map.of("gap", gap.id(), "question", gap.question()))
			.toList();
	}

}
