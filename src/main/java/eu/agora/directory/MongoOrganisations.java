package eu.agora.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import eu.agora.storage.UniqueInserts;

/**
 * {@link Organisations} — and the {@link OrganisationDirectory} — in the
 * {@code organisations} collection.
 */
@Component
class MongoOrganisations implements Organisations {

	static final String COLLECTION = "organisations";

	private final MongoTemplate mongo;

	MongoOrganisations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public boolean add(Organisation organisation) {
		return UniqueInserts.insertIfNew(mongo, OrganisationDocument.from(organisation), COLLECTION);
	}

	@Override
	public Optional<Organisation> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, OrganisationDocument.class, COLLECTION))
			.map(OrganisationDocument::toOrganisation);
	}

	@Override
	public List<Organisation> all() {
		return mongo.findAll(OrganisationDocument.class, COLLECTION)
			.stream()
			.map(OrganisationDocument::toOrganisation)
			.sorted(Comparator.comparing(Organisation::name))
			.toList();
	}

}
