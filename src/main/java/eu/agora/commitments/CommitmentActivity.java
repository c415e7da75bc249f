package eu.agora.commitments;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port: the ledger as other features report on it (digests), read from the current state
 * and the append-only history — never from the ledger's storage.
 */
public interface CommitmentActivity {

	/** The current state of every commitment of {@code cityKeys}, ordered by id. */
	List<CommitmentState> current(Collection<String> cityKeys);

	/**
	 * Every change recorded in {@code [from, to)} to commitments of {@code cityKeys},
	 * oldest first.
	 */
	List<CommitmentStep> stepsBetween(Collection<String> cityKeys, Instant from, Instant to);

	/**
	 * A commitment as it stands.
	 *
	 * @param status {@code planned}, {@code in-progress}, {@code at-risk},
	 * {@code achieved} or {@code dropped}
	 * @param updatedAt the time of its last change
	 */
	record CommitmentState(String id, String cityKey, String title, String domain, String status, int progress,
			LocalDate deadline, boolean open, boolean awaitingReaffirmation, Instant createdAt, Instant updatedAt) {

		/** Open and past its deadline on {@code today}. */
		public boolean overdueOn(LocalDate today) {
			return open && deadline.isBefore(today);
		}

		/** Open and without a change since {@code since}. */
		public boolean staleSince(Instant since) {
			return open && updatedAt.isBefore(since);
		}

	}

	/**
	 * One change from the history.
	 *
	 * @param type {@code created}, {@code updated}, {@code handed-over},
	 * {@code reaffirmation-requested} or {@code reaffirmed}
	 * @param statusBefore the status before, {@code null} for a new commitment
	 * @param progressBefore the progress before, {@code null} for a new commitment
	 * @param awaitingBefore whether it awaited re-affirmation before, {@code false} for a
	 * new commitment
	 */
	record CommitmentStep(String commitmentId, String cityKey, String title, String type, Instant at,
			@Nullable String statusBefore, String statusAfter, @Nullable Integer progressBefore, int progressAfter,
			boolean awaitingBefore, boolean awaitingAfter) {

		/** Whether the progress moved. */
		public boolean progressed() {
			return progressBefore != null && progressAfter != progressBefore;
		}

	}

	/** How long without a change makes an open commitment stale. */
	static Duration staleAfter() {
		return Ledger.STALE_AFTER;
	}

}
