package eu.agora.coordination;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Clusters} in {@code clusters}, keyed by the id derived from the name.
 */
@Component
class MongoClusters implements Clusters {

	static final String COLLECTION = "clusters";

	private final MongoTemplate mongo;

	MongoClusters(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(Cluster cluster) {
		return UniqueInserts.insertIfNew(mongo, cluster, COLLECTION);
	}

	@Override
	public Optional<Cluster> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, Cluster.class, COLLECTION));
	}

	@Override
	public List<Cluster> all() {
		return mongo.find(new Query().with(Sort.by("name")), Cluster.class, COLLECTION);
	}

}
