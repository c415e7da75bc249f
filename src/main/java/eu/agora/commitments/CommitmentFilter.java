package eu.agora.commitments;

import org.jspecify.annotations.Nullable;

/**
 * Which commitments to read: every criterion that is set must hold ({@code null} or
 * {@code false} means "any").
 *
 * @param titleKey the folded title ({@link Commitment#titleKey(String)})
 */
record CommitmentFilter(@Nullable String cityKey, @Nullable Status status, @Nullable String domain,
		boolean awaitingReaffirmation, @Nullable String contactPersonId, @Nullable String titleKey) {

	static final CommitmentFilter ANY = new CommitmentFilter(null, null, null, false, null, null);

	CommitmentFilter inCity(String key) {
		return new CommitmentFilter(key, status, domain, awaitingReaffirmation, contactPersonId, titleKey);
	}

	CommitmentFilter withStatus(Status wanted) {
		return new CommitmentFilter(cityKey, wanted, domain, awaitingReaffirmation, contactPersonId, titleKey);
	}

	CommitmentFilter inDomain(String domainId) {
		return new CommitmentFilter(cityKey, status, domainId, awaitingReaffirmation, contactPersonId, titleKey);
	}

	CommitmentFilter awaitingReaffirmationOnly() {
		return new CommitmentFilter(cityKey, status, domain, true, contactPersonId, titleKey);
	}

	CommitmentFilter withContact(String personId) {
		return new CommitmentFilter(cityKey, status, domain, awaitingReaffirmation, personId, titleKey);
	}

	CommitmentFilter titled(String key) {
		return new CommitmentFilter(cityKey, status, domain, awaitingReaffirmation, contactPersonId, key);
	}

	/** Whether {@code commitment} passes; what a store's query must mean. */
	boolean matches(Commitment commitment) {
		return (cityKey == null || cityKey.equals(commitment.cityKey()))
				&& (status == null || status == commitment.status())
				&& (domain == null || domain.equals(commitment.domain()))
				&& (!awaitingReaffirmation || commitment.awaitingReaffirmation())
				&& (contactPersonId == null || contactPersonId.equals(commitment.contactPersonId()))
				&& (titleKey == null || titleKey.equals(commitment.titleKey()));
	}

}
