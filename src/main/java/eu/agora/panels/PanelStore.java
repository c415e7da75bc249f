package eu.agora.panels;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Panels and their sessions in MongoDB. Every change replaces one document guarded by its
 * version, so two moderators acting at once never lose one another's change.
 */
@Component
class PanelStore {

	private final MongoTemplate mongo;

	PanelStore(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	Panel insert(Panel panel) {
		try {
			return mongo.insert(panel);
		}
		catch (DuplicateKeyException taken) {
			throw new UserError("There is already a panel called \""
					+ panel(panel.id()).map(Panel::name).orElse(panel.name()) + "\".",
					"Choose another name, or join it with `/panel join " + panel.name() + "`.");
		}
	}

	Optional<Panel> panel(String id) {
		return Optional.ofNullable(mongo.findById(id, Panel.class));
	}

	/** The panel called {@code name}, or a reply naming the nearest ones. */
	Panel resolve(String name) {
		return panel(Panel.idFor(name)).orElseThrow(() -> {
			List<String> names = all().stream().map(Panel::name).toList();
			String near = Suggestions.didYouMean(name, names, "");
			return new UserError("There is no panel \"" + name + "\". " + near,
					"`/panel list` shows the panels; a moderator creates one with `/panel create`.");
		});
	}

	List<Panel> all() {
		return mongo.findAll(Panel.class).stream().sorted(Comparator.comparing(Panel::name)).toList();
	}

	Optional<Panel> boundTo(String channel) {
		return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("channels").is(channel)), Panel.class));
	}

	Panel change(Panel panel, UnaryOperator<Panel> change) {
		Panel changed = PanelCopies.versioned(change.apply(panel), panel.version() + 1);
		replaceGuarded(Query.query(Criteria.where("_id").is(panel.id()).and("version").is(panel.version())), changed,
				panel.name());
		return changed;
	}

	PanelSession insert(PanelSession session) {
		return mongo.insert(session);
	}

	/** The session that is running, else the next scheduled one. */
	Optional<PanelSession> current(String panelId) {
		return Optional
			.ofNullable(mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").is("RUNNING")),
					PanelSession.class))
			.or(() -> Optional.ofNullable(
					mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").is("SCHEDULED"))
						.with(Sort.by("scheduledAt"))
						.limit(1), PanelSession.class)));
	}

	/** The most recent session that has rounds, running or ended. */
	Optional<PanelSession> latestHeld(String panelId) {
		return Optional.ofNullable(
				mongo.findOne(Query.query(Criteria.where("panelId").is(panelId).and("state").in("RUNNING", "ENDED"))
					.with(Sort.by(Sort.Direction.DESC, "_id"))
					.limit(1), PanelSession.class));
	}

	List<PanelSession> scheduled() {
		return mongo.find(Query.query(Criteria.where("state").is("SCHEDULED")), PanelSession.class);
	}

	PanelSession change(PanelSession session, UnaryOperator<PanelSession> change) {
		PanelSession changed = PanelCopies.versioned(change.apply(session), session.version() + 1);
		replaceGuarded(Query.query(Criteria.where("_id").is(session.id()).and("version").is(session.version())),
				changed, "this session");
		return changed;
	}

	private void replaceGuarded(Query sameVersion, Object changed, String what) {
		if (mongo.findAndReplace(sameVersion, changed) == null) {
			throw new UserError(what + " was changed by someone else just now; nothing of yours was saved.",
					"Try again.");
		}
	}

}
