package eu.agora.panels;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.agora.directory.PeopleMerged;

/**
 * When two people are merged, panels they moderated and key points they saved refer to
 * the remaining person (key points keep their contributor for privacy requests).
 */
@Component("panelsFollowingMergedPeople")
class FollowingMergedPeople {

	private final Panels panels;

	private final KeyPoints keyPoints;

	FollowingMergedPeople(Panels panels, KeyPoints keyPoints) {
		this.panels = panels;
		this.keyPoints = keyPoints;
	}

	@EventListener
	void on(PeopleMerged merged) {
		for (Panel panel : panels.all()) {
			if (panel.moderators().contains(merged.from())) {
				panels.change(panel, (p) -> PanelCopies.moderators(p, replaced(p.moderators(), merged)));
			}
		}
		keyPoints.reattribute(merged.from(), merged.into());
	}

	private static List<String> replaced(List<String> ids, PeopleMerged merged) {
		return ids.stream().map((id) -> id.equals(merged.from()) ? merged.into() : id).distinct().toList();
	}

}
