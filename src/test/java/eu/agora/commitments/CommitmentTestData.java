package eu.agora.commitments;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Commitments for fast tests: {@code aCommitment().forLodz().withProgress(35).build()}.
 * Defaults: an open Lodz energy commitment, version 1, contact {@code P-1}.
 */
final class CommitmentTestData {

	static final Instant CREATED = Instant.parse("2026-01-05T09:00:00Z");

	private String id = "C-1";

	private String cityKey = "lodz";

	private String contact = "P-1";

	private String partner;

	private String title = "Solar roofs on every school";

	private Status status = Status.IN_PROGRESS;

	private int progress = 10;

	private boolean awaitingReaffirmation;

	private LocalDate deadline = LocalDate.parse("2030-12-31");

	private long version = 1;

	private Quantity target = new Quantity(new BigDecimal("40"), "% CO2e", 2030);

	private CommitmentTestData() {
	}

	static CommitmentTestData aCommitment() {
		return new CommitmentTestData();
	}

	CommitmentTestData withId(String value) {
		this.id = value;
		return this;
	}

	CommitmentTestData forLodz() {
		return inCity("lodz");
	}

	CommitmentTestData inCity(String key) {
		this.cityKey = key;
		return this;
	}

	CommitmentTestData withContact(String personId) {
		this.contact = personId;
		return this;
	}

	CommitmentTestData withPartner(String organisationId) {
		this.partner = organisationId;
		return this;
	}

	CommitmentTestData titled(String value) {
		this.title = value;
		return this;
	}

	CommitmentTestData withStatus(Status value) {
		this.status = value;
		return this;
	}

	CommitmentTestData withProgress(int percent) {
		this.progress = percent;
		return this;
	}

	CommitmentTestData awaitingReaffirmation() {
		this.awaitingReaffirmation = true;
		return this;
	}

	CommitmentTestData due(LocalDate value) {
		this.deadline = value;
		return this;
	}

	CommitmentTestData targeting(Quantity value) {
		this.target = value;
		return this;
	}

	CommitmentTestData atVersion(long value) {
		this.version = value;
		return this;
	}

	Commitment build() {
		return new Commitment(id, cityKey, (partner != null) ? Kind.PARTNER : Kind.CITY, "Energy Department", contact,
				partner, null, title, Commitment.titleKey(title), null, "energy", null, target, null, null, null,
				deadline, status, progress, List.of(), awaitingReaffirmation, CREATED, CREATED, version);
	}

}
