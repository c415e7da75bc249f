package eu.agora.commitments;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * {@link CommitmentSearch} over the ledger's current state.
 */
@Component
class LedgerSearch implements CommitmentSearch {

	private final Ledger ledger;

	LedgerSearch(Ledger ledger) {
		this.ledger = ledger;
	}

	@Override
	public List<Listed> listed() {
		return ledger.all()
			.stream()
			.filter((commitment) -> commitment.status() != Status.DROPPED)
			.map((c) -> new Listed(c.storedId(), c.cityKey(), c.title(),
					(c.description() != null) ? c.description() : "", c.domain(), c.status().id(), c.progress(),
					c.target().toString(), c.deadline(), c.version()))
			.toList();
	}

}
