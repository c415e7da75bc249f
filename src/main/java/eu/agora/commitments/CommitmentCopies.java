package eu.agora.commitments;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Copies of a {@link Commitment} with a few fields changed — records have no withers.
 */
final class CommitmentCopies {

	private CommitmentCopies() {
	}

	static Commitment identified(Commitment c, String id, Instant now) {
		return new Commitment(id, c.cityKey(), c.kind(), c.owner(), c.contactPersonId(), c.partnerOrganisationId(),
				c.sector(), c.title(), c.titleKey(), c.description(), c.domain(), c.lever(), c.target(), c.baseline(),
				c.budget(), c.start(), c.deadline(), c.status(), c.progress(), c.evidence(), c.awaitingReaffirmation(),
				now, now, 1);
	}

	static Commitment versioned(Commitment c, long version, Instant now) {
		return new Commitment(c.id(), c.cityKey(), c.kind(), c.owner(), c.contactPersonId(), c.partnerOrganisationId(),
				c.sector(), c.title(), c.titleKey(), c.description(), c.domain(), c.lever(), c.target(), c.baseline(),
				c.budget(), c.start(), c.deadline(), c.status(), c.progress(), c.evidence(), c.awaitingReaffirmation(),
				c.createdAt(), now, version);
	}

	static Commitment progressed(Commitment c, Status status, int progress, List<String> evidence) {
		return new Commitment(c.id(), c.cityKey(), c.kind(), c.owner(), c.contactPersonId(), c.partnerOrganisationId(),
				c.sector(), c.title(), c.titleKey(), c.description(), c.domain(), c.lever(), c.target(), c.baseline(),
				c.budget(), c.start(), c.deadline(), status, progress, evidence, c.awaitingReaffirmation(),
				c.createdAt(), c.updatedAt(), c.version());
	}

	static Commitment contact(Commitment c, @Nullable String contactPersonId) {
		return new Commitment(c.id(), c.cityKey(), c.kind(), c.owner(), contactPersonId, c.partnerOrganisationId(),
				c.sector(), c.title(), c.titleKey(), c.description(), c.domain(), c.lever(), c.target(), c.baseline(),
				c.budget(), c.start(), c.deadline(), c.status(), c.progress(), c.evidence(), c.awaitingReaffirmation(),
				c.createdAt(), c.updatedAt(), c.version());
	}

	static Commitment reaffirmation(Commitment c, boolean awaiting) {
		return new Commitment(c.id(), c.cityKey(), c.kind(), c.owner(), c.contactPersonId(), c.partnerOrganisationId(),
				c.sector(), c.title(), c.titleKey(), c.description(), c.domain(), c.lever(), c.target(), c.baseline(),
				c.budget(), c.start(), c.deadline(), c.status(), c.progress(), c.evidence(), awaiting, c.createdAt(),
				c.updatedAt(), c.version());
	}

}
