package eu.agora.directory;

import java.util.List;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Slugs;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Port: the partner organisations; an organisation's id is derived from its name, so two
 * organisations never share a name. Other features read them through
 * {@link OrganisationDirectory}.
 */
interface Organisations extends OrganisationDirectory {

	/** Stores a new organisation; {@code false} when one with its id exists. */
	boolean add(Organisation organisation);

	/** All organisations, by name. */
	List<Organisation> all();

	/** Adds an organisation called {@code name}, or tells the caller it exists. */
	default Organisation create(String name, Sector sector, @Nullable String cityKey) {
		String id = Slugs.of(name);
		if (id.isEmpty()) {
			throw new UserError("An organisation's name needs letters or digits.");
		}
		Organisation organisation = new Organisation(id, name.strip(), sector, cityKey);
		if (!add(organisation)) {
			throw new UserError("There is already an organisation called \""
					+ byId(id).map(Organisation::name).orElse(name) + "\".", "Join it with `/org join " + id + "`.");
		}
		return organisation;
	}

	@Override
	default Organisation resolve(String typed) {
		return byId(Slugs.of(typed)).orElseThrow(() -> {
			String hint = Suggestions.didYouMean(Slugs.of(typed), all().stream().map(Organisation::id).toList(), "");
			return new UserError("I don't know an organisation called \"" + typed + "\". " + hint,
					"`/org list` shows them; a moderator adds one with `/org add`.");
		});
	}

}
