package eu.agora.commitments;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.UserError;
import eu.agora.storage.Sequences;

/**
 * The commitments ledger. Every change is first appended to the {@link CommitmentEvents}
 * (its id {@code C-17#n} is unique, which serialises concurrent changes), then the
 * current state in {@link Commitments} is replaced, guarded by its version. Reading a
 * commitment repairs its state from the last event if a crash came between the two
 * writes.
 */
@Component
class Ledger {

	static final Duration STALE_AFTER = Duration.ofDays(90);

	private final Commitments commitments;

	private final CommitmentEvents history;

	private final Sequences sequences;

	private final Clock clock;

	Ledger(Commitments commitments, CommitmentEvents history, Sequences sequences, Clock clock) {
		this.commitments = commitments;
		this.history = history;
		this.sequences = sequences;
		this.clock = clock;
	}

	/**
	 * Records a new commitment; {@code draft}'s id, timestamps and version are set here.
	 */
	Commitment create(Commitment draft, Caller actor, @Nullable String note) {
		if (!commitments.matching(CommitmentFilter.ANY.inCity(draft.cityKey()).titled(draft.titleKey())).isEmpty()) {
			throw duplicate(draft);
		}
		String id = "C-" + sequences.next("commitment");
		var now = clock.instant();
		Commitment fresh = CommitmentCopies.identified(draft, id, now);
		CommitmentEvent created = event(null, fresh, "created", actor, note);
		if (!history.append(created)) {
			throw new IllegalStateException("Event " + created.id() + " exists already");
		}
		if (!commitments.add(fresh)) {
			history.withdraw(created.id());
			throw duplicate(draft);
		}
		return fresh;
	}

	/**
	 * Applies {@code change} to the commitment as it was when the caller saw it.
	 * @throws UserError when nothing would change, or when someone else changed it
	 * meanwhile
	 */
	Commitment change(Commitment before, UnaryOperator<Commitment> change, String type, Caller actor,
			@Nullable String note) {
		Commitment changed = change.apply(before);
		Commitment after = CommitmentCopies.versioned(changed, before.version() + 1, clock.instant());
		CommitmentEvent event = event(before, after, type, actor, note);
		if (event.changes().isEmpty() && note == null && "updated".equals(type)) {
			throw new UserError("Nothing to change in " + before.id() + ".",
					"Give at least one of progress:, status:, note: or evidence:.");
		}
		if (!history.append(event)) {
			throw new UserError(before.id() + " was changed by someone else just now; nothing of yours was saved.",
					"Look at it again with `/commit show " + before.id() + "` and retry.");
		}
		commitments.replace(after, before.version());
		return after;
	}

	Optional<Commitment> byId(String id) {
		return commitments.byId(id).map(this::repaired);
	}

	/**
	 * The commitments {@code filter} lets through, ordered by id, each as of its last
	 * event.
	 */
	List<Commitment> matching(CommitmentFilter filter) {
		List<Commitment> found = commitments.matching(filter);
		Map<String, Long> lastEvents = history.lastSequences(found.stream().map(Commitment::id).toList());
		return found.stream()
			.map((state) -> (lastEvents.getOrDefault(state.id(), 0L) > state.version()) ? repaired(state) : state)
			.toList();
	}

	List<Commitment> all() {
		return matching(CommitmentFilter.ANY);
	}

	/** The city's commitments that are still open. */
	List<Commitment> openOf(String cityKey) {
		return matching(CommitmentFilter.ANY.inCity(cityKey)).stream().filter(Commitment::isOpen).toList();
	}

	List<CommitmentEvent> history(String id) {
		return history.of(id);
	}

	private Commitment repaired(Commitment state) {
		return history.latestAfter(state.storedId(), state.version()).map((last) -> {
			commitments.repair(last.after());
			return last.after();
		}).orElse(state);
	}

	private CommitmentEvent event(@Nullable Commitment before, Commitment after, String type, Caller actor,
			@Nullable String note) {
		return new CommitmentEvent(CommitmentEvent.idFor(after.storedId(), after.version()), after.storedId(),
				after.version(), after.storedUpdatedAt(), type, actor.personId(), actor.displayName(),
				Changes.between(before, after), note, after);
	}

	private static UserError duplicate(Commitment draft) {
		return new UserError("This city already has a commitment titled \"" + draft.title() + "\".",
				"Update that one with `/commit update <id>`, or choose another title.");
	}

}
