package eu.agora.commitments;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.data.annotation.Id;

/**
 * The current state of a commitment, in the {@code commitments} collection. It is derived
 * from the commitment's events ({@link CommitmentEvent}): {@code version} is the number
 * of the last event applied.
 *
 * @param titleKey the title folded for the unique (city, title) index
 */
record Commitment(@Id String id, String cityKey, Kind kind, String owner, String contactPersonId,
		String partnerOrganisationId, String sector, String title, String titleKey, String description, String domain,
		String lever, Quantity target, Quantity baseline, Budget budget, LocalDate start, LocalDate deadline,
		Status status, int progress, List<String> evidence, boolean awaitingReaffirmation, Instant createdAt,
		Instant updatedAt, long version) {

	Commitment {
		evidence = (evidence != null) ? List.copyOf(evidence) : List.of();
	}

	boolean isOpen() {
		return status.isOpen();
	}

	boolean isOverdue(LocalDate today) {
		return isOpen() && deadline != null && deadline.isBefore(today);
	}

	boolean isStale(Instant now) {
		return isOpen() && updatedAt.isBefore(now.minus(Ledger.STALE_AFTER));
	}

	static String titleKey(String title) {
		return title.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
