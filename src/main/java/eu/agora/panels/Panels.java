package eu.agora.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Port: the City Panels. A panel's id is derived from its name, which makes names unique;
 * every change replaces the panel guarded by its version, so two moderators acting at
 * once never lose one another's change.
 */
interface Panels {

	/** Stores a new panel; {@code false} when one with its id exists. */
	boolean add(Panel panel);

	Optional<Panel> byId(String id);

	/** All panels, by name. */
	List<Panel> all();

	/** The panel bound to {@code channel} ({@code platform:channelId}). */
	Optional<Panel> boundTo(String channel);

	/** Replaces the panel if it is still at {@code expectedVersion}. */
	boolean replace(Panel changed, long expectedVersion);

	/** Adds a new panel, or tells the caller its name is taken. */
	default Panel create(Panel panel) {
		if (!add(panel)) {
			throw new UserError("There is already a panel called \""
					+ byId(panel.id()).map(Panel::name).orElse(panel.name()) + "\".",
					"Choose another name, or join it with `/panel join " + panel.name() + "`.");
		}
		return panel;
	}

	/** The panel called {@code name}, or a reply naming the nearest ones. */
	default Panel named(String name) {
		return byId(Panel.idFor(name)).orElseThrow(() -> {
			List<String> names = all().stream().map(Panel::name).toList();
			String near = Suggestions.didYouMean(name, names, "");
			return new UserError("There is no panel \"" + name + "\". " + near,
					"`/panel list` shows the panels; a moderator creates one with `/panel create`.");
		});
	}

	/** Applies {@code change} to the panel as the caller saw it. */
	default Panel change(Panel panel, UnaryOperator<Panel> change) {
		Panel changed = PanelCopies.versioned(change.apply(panel), panel.version() + 1);
		if (!replace(changed, panel.version())) {
			throw PanelCopies.changedMeanwhile(panel.name());
		}
		return changed;
	}

}
