package eu.agora.knowledge;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@link Answers} in the collection {@code knowledge_answers}; feedback is a map from
 * person id to verdict inside the answer.
 */
@Component
class MongoAnswers implements Answers {

	static final String COLLECTION = "knowledge_answers";

	private final MongoTemplate mongo;

	MongoAnswers(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void add(Answer answer) {
		mongo.insert(answer, COLLECTION);
	}

	@Override
	public Optional<Answer> answer(String id) {
		return Optional.ofNullable(mongo.findById(id, Answer.class, COLLECTION));
	}

	@Override
	public void feedback(String answerId, String personId, String verdict) {
		mongo.updateFirst(Query.query(Criteria.where("_id").is(answerId)),
				new Update().set("feedback." + personId, verdict), COLLECTION);
	}

}
