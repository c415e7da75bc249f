package eu.agora.panels;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.directory.PeopleMerged;

/**
 * When two people are merged, panels they moderated and key points they saved refer to
 * the remaining person (key points keep their contributor for privacy requests).
 */
@Component("panelsFollowingMergedPeople")
class FollowingMergedPeople {

	private final PanelStore store;

	private final MongoTemplate mongo;

	FollowingMergedPeople(PanelStore store, MongoTemplate mongo) {
		this.store = store;
		this.mongo = mongo;
	}

	@EventListener
	void on(PeopleMerged merged) {
		for (Panel panel : store.all()) {
			if (panel.moderators().contains(merged.from())) {
				store.change(panel, (p) -> PanelCopies.moderators(p, replaced(p.moderators(), merged)));
			}
		}
		mongo.updateMulti(Query.query(Criteria.where("contributorPersonId").is(merged.from())),
				new Update().set("contributorPersonId", merged.into()), KeyPoint.class);
	}

	private static List<String> replaced(List<String> ids, PeopleMerged merged) {
		return ids.stream().map((id) -> id.equals(merged.from()) ? merged.into() : id).distinct().toList();
	}

}
