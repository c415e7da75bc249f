package eu.agora.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * The current state of a commitment, in the {@code commitments} collection. It is derived
 * from the commitment's events ({@link CommitmentEvent}): {@code version} is the number
 * of the last event applied.
 *
 * @param titleKey the title folded for the unique (city, title) index
 */
record Commitment(@Id @Nullable String id, String cityKey, Kind kind, String owner, @Nullable String contactPersonId,
		@Nullable String partnerOrganisationId, @Nullable String sector, String title, String titleKey,
		@Nullable String description, String domain, @Nullable String lever, Quantity target,
		@Nullable Quantity baseline, @Nullable Budget budget, @Nullable LocalDate start, LocalDate deadline,
		Status status, int progress, List<String> evidence, boolean awaitingReaffirmation, @Nullable Instant createdAt,
		@Nullable Instant updatedAt, long version) {

	Commitment {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

	/** The id of a stored commitment; only a draft has none. */
	String storedId() {
		return Objects.requireNonNull(id, "a draft has no id");
	}

	/** When a stored commitment last changed; only a draft has no time. */
	Instant storedUpdatedAt() {
		return Objects.requireNonNull(updatedAt, "a draft has no update time");
	}

	boolean isOpen() {
		return status.isOpen();
	}

	boolean isOverdue(LocalDate today) {
		return isOpen() && deadline != null && deadline.isBefore(today);
	}

	boolean isStale(Instant now) {
		return isOpen() && updatedAt != null && updatedAt.isBefore(now.minus(Ledger.STALE_AFTER));
	}

	static String titleKey(String title) {
		return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
