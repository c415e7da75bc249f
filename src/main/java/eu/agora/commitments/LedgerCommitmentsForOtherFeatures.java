package eu.agora.commitments;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.OrganisationDirectory;

/**
 * {@link CityCommitments} and {@link CommitmentRecording} over the {@link Ledger}: reads
 * its current state, and records through the same input checks, access rule and history
 * as {@code /commit add}.
 */
@Component
class LedgerCommitmentsForOtherFeatures implements CityCommitments, CommitmentRecording {

	private final Ledger ledger;

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	private final CommitmentAccess access;

	private final Clock clock;

	LedgerCommitmentsForOtherFeatures(Ledger ledger, CityDirectory cities, OrganisationDirectory organisations,
			CommitmentAccess access, Clock clock) {
		this.ledger = ledger;
		this.cities = cities;
		this.organisations = organisations;
		this.access = access;
		this.clock = clock;
	}

	@Override
	public List<Brief> of(String cityKey) {
		return ledger.matching(CommitmentFilter.ANY.inCity(cityKey))
			.stream()
			.map((c) -> new Brief(c.storedId(), c.title(), c.domain(), c.lever(), c.status().id(), c.isOpen(),
					c.progress(), c.deadline()))
			.toList();
	}

	@Override
	public List<String> levers() {
		return Lever.ids();
	}

	@Override
	public String record(Caller actor, NewCommitment commitment) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("city", commitment.city());
		fields.put("title", commitment.title());
		fields.put("domain", commitment.domain());
		fields.put("target", commitment.target());
		fields.put("deadline", commitment.deadline());
		fields.put("owner", commitment.owner());
		fields.put("description", commitment.description());
		CommitmentInput.Result result = new CommitmentInput(fields).parse(cities, actor.cityKey(),
				organisations::resolve, actor.personId(), LocalDate.now(clock));
		if (!result.ok()) {
			List<String> sentences = result.problems().stream().map(FieldProblem::sentence).toList();
			throw new UserError("The action was not saved: " + String.join(" ", sentences),
					"Give title:\"…\" domain:<domain> target:\"40 % CO2e by 2030\" deadline:<future YYYY-MM-DD> city:<city>.");
		}
		Commitment draft = Objects.requireNonNull(result.draft());
		access.checkChange(actor, draft.cityKey(), null);
		return ledger.create(draft, actor, commitment.note()).storedId();
	}

}
