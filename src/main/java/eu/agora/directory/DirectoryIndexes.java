package eu.agora.directory;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * Creates the directory's indexes at start (idempotent). The unique index on identities
 * is what makes one platform account one person, even when it is first seen twice at
 * once.
 */
@Component
class DirectoryIndexes implements InitializingBean {

	private final MongoTemplate mongo;

	DirectoryIndexes(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterPropertiesSet() {
		mongo.indexOps(PersonDocument.class).createIndex(new Index("identities", Sort.Direction.ASC).unique());
		mongo.indexOps(PersonDocument.class).createIndex(new Index("cityKey", Sort.Direction.ASC));
	}

}
