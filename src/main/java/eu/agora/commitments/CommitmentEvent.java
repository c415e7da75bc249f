package eu.agora.commitments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * One change to a commitment, in the append-only {@code commitment_events} collection.
 * Its id {@code C-17#3} (commitment and sequence number) is unique, so two concurrent
 * changes can never both become event 3: the second is told to retry.
 *
 * @param type {@code created}, {@code updated}, {@code handed-over},
 * {@code reaffirmation-requested} or {@code reaffirmed}
 * @param actorPersonId who made the change
 * @param changes each field's value before and after
 * @param after the whole commitment after the change, from which the current state is
 * repaired should a crash stop the state update after the event was written
 */
record CommitmentEvent(@Id String id, String commitmentId, long sequence, Instant at, String type, String actorPersonId,
		String actorName, List<Change> changes, @Nullable String note, Commitment after) {

	CommitmentEvent {
		changes = List.copyOf(changes);
	}

	static String idFor(String commitmentId, long sequence) {
		return commitmentId + "#" + sequence;
	}

	/** One field's change; values are rendered as text, {@code null} for none. */
	record Change(String field, @Nullable String from, @Nullable String to) {
	}

}
