package eu.agora.twinning;

import java.util.List;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * {@link ProfileAuthors} over {@code twinning_profiles} ({@code updatedBy}) and
 * {@code twinning_cohorts} ({@code createdBy}).
 */
@Component
class MongoProfileAuthors implements ProfileAuthors {

	private final MongoTemplate mongo;

	MongoProfileAuthors(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public List<String> profilesChangedBy(String personId) {
		return mongo.find(by("updatedBy", personId), Profile.class, MongoProfiles.COLLECTION)
			.stream()
			.map(Profile::cityKey)
			.toList();
	}

	@Override
	public List<String> cohortsCreatedBy(String personId) {
		return mongo.find(by("createdBy", personId), Cohort.class, MongoCohorts.COLLECTION)
			.stream()
			.map(Cohort::name)
			.toList();
	}

	@Override
	public void anonymise(String personId, String label) {
		mongo.updateMulti(by("updatedBy", personId), Update.update("updatedBy", label), MongoProfiles.COLLECTION);
		mongo.updateMulti(by("createdBy", personId), Update.update("createdBy", label), MongoCohorts.COLLECTION);
	}

	private static Query by(String field, String personId) {
		return Query.query(Criteria.where(field).is(personId));
	}

}
