package eu.agora.commitments;

import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.directory.PeopleMerged;

/**
 * When two people are merged, commitments whose contact was the one that disappeared get
 * the remaining person as contact — each change an event in their history.
 */
@Component
class FollowingMergedPeople {

	private final Ledger ledger;

	FollowingMergedPeople(Ledger ledger) {
		this.ledger = ledger;
	}

	@EventListener
	void on(PeopleMerged merged) {
		Caller actor = new Caller(merged.into(), merged.name(), Set.of(), null, null);
		for (Commitment commitment : ledger.matching(CommitmentFilter.ANY.withContact(merged.from()))) {
			ledger.change(commitment, (c) -> CommitmentCopies.contact(c, merged.into()), "contact-merged", actor,
					"accounts linked");
		}
	}

}
