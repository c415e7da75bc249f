package eu.agora.commitments;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Readiness figures computed from the ledger's current state.
 */
@Component
class LedgerFigures implements CommitmentFigures {

	private final Ledger ledger;

	LedgerFigures(Ledger ledger) {
		this.ledger = ledger;
	}

	@Override
	public Map<String, Readiness> byCity(Collection<String> domains) {
		Map<String, List<Commitment>> byCity = ledger.all()
			.stream()
			.collect(Collectors.groupingBy(Commitment::cityKey));
		Map<String, Readiness> figures = new HashMap<>();
		byCity.forEach((city, commitments) -> {
			List<Commitment> open = commitments.stream().filter(Commitment::isOpen).toList();
			long inDomains = open.stream().filter((c) -> domains.contains(c.domain())).count();
			long achieved = commitments.stream().filter((c) -> c.status() == Status.ACHIEVED).count();
			int progress = (int) Math.round(open.stream().mapToInt(Commitment::progress).average().orElse(0));
			figures.put(city, new Readiness(open.size(), inDomains, achieved, progress));
		});
		return figures;
	}

}
