package eu.agora.directory;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Slugs;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Partner organisations in the {@code organisations} collection.
 */
@Component
class MongoOrganisations implements OrganisationDirectory {

	private final MongoTemplate mongo;

	MongoOrganisations(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Organisation add(String name, Sector sector, String cityKey) {
		String id = Slugs.of(name);
		if (id.isEmpty()) {
			throw new UserError("An organisation's name needs letters or digits.");
		}
		try {
			return mongo.insert(new OrganisationDocument(id, name.strip(), sector.id(), cityKey)).toOrganisation();
		}
		catch (DuplicateKeyException ex) {
			throw new UserError("There is already an organisation called \""
					+ byId(id).map(Organisation::name).orElse(name) + "\".", "Join it with `/org join " + id + "`.");
		}
	}

	@Override
	public Optional<Organisation> byId(String id) {
		return Optional.ofNullable(mongo.findById(id, OrganisationDocument.class))
			.map(OrganisationDocument::toOrganisation);
	}

	List<Organisation> all() {
		return mongo.findAll(OrganisationDocument.class)
			.stream()
			.map(OrganisationDocument::toOrganisation)
			.sorted(Comparator.comparing(Organisation::name))
			.toList();
	}

	@Override
	public Organisation resolve(String typed) {
		return byId(Slugs.of(typed)).orElseThrow(() -> {
			String hint = Suggestions.didYouMean(Slugs.of(typed), all().stream().map(Organisation::id).toList(), "");
			return new UserError("I don't know an organisation called \"" + typed + "\". " + hint,
					"`/org list` shows them; a moderator adds one with `/org add`.");
		});
	}

}
