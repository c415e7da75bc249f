package eu.agora.commitments;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The ledger's indexes: one title per city; events by commitment and sequence.
 */
@Component
class CommitmentIndexes implements InitializingBean {

	private final MongoTemplate mongo;

	CommitmentIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		mongo.indexOps(Commitment.class)
			.createIndex(new Index().on("cityKey", Sort.Direction.ASC).on("titleKey", Sort.Direction.ASC).unique());
		mongo.indexOps(CommitmentEvent.class)
			.createIndex(new Index().on("commitmentId", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC));
	}

}
