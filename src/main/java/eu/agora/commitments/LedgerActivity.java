package eu.agora.commitments;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * {@link CommitmentActivity} from the ledger's state (repaired where a crash left it
 * behind its events) and its history.
 */
@Component
class LedgerActivity implements CommitmentActivity {

	private final Ledger ledger;

	private final CommitmentEvents history;

	LedgerActivity(Ledger ledger, CommitmentEvents history) {
		this.ledger = ledger;
		this.history = history;
	}

	@Override
	public List<CommitmentState> current(Collection<String> cityKeys) {
		Set<String> wanted = Set.copyOf(cityKeys);
		return ledger.all()
			.stream()
			.filter((commitment) -> wanted.contains(commitment.cityKey()))
			.map(LedgerActivity::state)
			.toList();
	}

	@Override
	public List<CommitmentStep> stepsBetween(Collection<String> cityKeys, Instant from, Instant to) {
		return history.between(cityKeys, from, to).stream().map(LedgerActivity::step).toList();
	}

	private static CommitmentState state(Commitment c) {
		Instant created = Objects.requireNonNullElse(c.createdAt(), c.storedUpdatedAt());
		return new CommitmentState(c.storedId(), c.cityKey(), c.title(), c.domain(), c.status().id(), c.progress(),
				c.deadline(), c.isOpen(), c.awaitingReaffirmation(), created, c.storedUpdatedAt());
	}

	private static CommitmentStep step(CommitmentEvent event) {
		Commitment after = event.after();
		boolean created = "created".equals(event.type());
		String statusBefore = created ? null : before(event, "status", after.status().id());
		String progressBefore = created ? null : before(event, "progress", String.valueOf(after.progress()));
		boolean awaitingBefore = !created && Boolean
			.parseBoolean(before(event, "awaitingReaffirmation", String.valueOf(after.awaitingReaffirmation())));
		return new CommitmentStep(event.commitmentId(), after.cityKey(), after.title(), event.type(), event.at(),
				statusBefore, after.status().id(), (progressBefore == null) ? null : Integer.valueOf(progressBefore),
				after.progress(), awaitingBefore, after.awaitingReaffirmation());
	}

	/** The field's value before the event: its change's "from", else unchanged. */
	private static @Nullable String before(CommitmentEvent event, String field, String unchanged) {
		return event.changes()
			.stream()
			.filter((change) -> change.field().equals(field))
			.findFirst()
			.map(CommitmentEvent.Change::from)
			.orElse(unchanged);
	}

}
