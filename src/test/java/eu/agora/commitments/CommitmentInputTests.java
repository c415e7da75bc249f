package eu.agora.commitments;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.UserError;
import eu.agora.directory.Organisation;
import eu.agora.directory.Sector;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What {@code /commit add} accepts, and how each problem names its field. */
class CommitmentInputTests {

	private static final LocalDate TODAY = LocalDate.parse("2026-02-01");

	private final InMemoryCityDirectory cities = new InMemoryCityDirectory();

	@Test
	void givenEveryRequiredField_thenTheDraftIsAPlannedCommitmentOfTheCallersCity() {
		CommitmentInput.Result result = parse(complete());

		assertThat(result.ok()).as("%s", result.problems()).isTrue();
		Commitment draft = result.draft();
		assertThat(draft.cityKey()).isEqualTo("lodz");
		assertThat(draft.kind()).isEqualTo(Kind.CITY);
		assertThat(draft.status()).isEqualTo(Status.PLANNED);
		assertThat(draft.titleKey()).isEqualTo("solar roofs on schools");
		assertThat(draft.contactPersonId()).isEqualTo("P-1");
		assertThat(draft.target().year()).isEqualTo(2030);
	}

	@Test
	void givenOnlyATitle_thenEachMissingFieldIsNamedAndThereIsNoDraft() {
		CommitmentInput.Result result = parse(Map.of("title", "Solar roofs"));

		assertThat(result.ok()).isFalse();
		assertThat(result.draft()).isNull();
		assertThat(result.problems()).extracting(FieldProblem::field)
			.containsExactlyInAnyOrder("owner", "domain", "target", "deadline");
	}

	@Test
	void givenADeadlineInThePast_thenOnlyTheDeadlineIsRefused() {
		Map<String, Object> fields = complete();
		fields.put("deadline", "2025-12-31");

		assertThat(parse(fields).problems()).extracting(FieldProblem::sentence)
			.containsExactly("`deadline` is in the past (2025-12-31); a new commitment needs a future deadline.");
	}

	@Test
	void givenATargetYearBeforeTheBaselineYear_thenTheTargetIsRefused() {
		Map<String, Object> fields = complete();
		fields.put("target", "40 % CO2e by 2018");
		fields.put("baseline", "1,200 kt CO2e in 2019");

		assertThat(parse(fields).problems()).extracting(FieldProblem::field).containsExactly("target");
	}

	@Test
	void givenAnUnknownCity_thenTheCityFieldCarriesTheDirectorysAnswer() {
		Map<String, Object> fields = complete();
		fields.put("city", "Atlantis");

		assertThat(parse(fields).problems()).singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("city"))
			.satisfies((problem) -> assertThat(problem.getMessage()).contains("Atlantis"));
	}

	@Test
	void givenAPartnersCommitmentWithoutAPartner_thenThePartnerIsAskedFor() {
		Map<String, Object> fields = complete();
		fields.put("kind", "partner");

		assertThat(parse(fields).problems()).extracting(FieldProblem::field).containsExactly("partner");
	}

	@Test
	void givenAPartner_thenTheDraftIsThePartnersWithItsSector() {
		Map<String, Object> fields = complete();
		fields.put("partner", "Veolia");

		Commitment draft = parse(fields).draft();

		assertThat(draft.kind()).isEqualTo(Kind.PARTNER);
		assertThat(draft.partnerOrganisationId()).isEqualTo("veolia");
		assertThat(draft.sector()).isEqualTo("industry");
	}

	@Test
	void blankFieldsCountAsMissingAndTextIsKeptVerbatim() {
		Map<String, Object> fields = complete();
		fields.put("description", "   ");
		fields.put("title", "  $where: 1 == 1  ");

		Commitment draft = parse(fields).draft();

		assertThat(draft.description()).isNull();
		assertThat(draft.title()).isEqualTo("$where: 1 == 1");
	}

	@Test
	void anEvidenceLinkMustBeAWebAddress() {
		assertThat(CommitmentInput.url("evidence", "https://lodz.pl/solar")).isEqualTo("https://lodz.pl/solar");
		assertThatThrownBy(() -> CommitmentInput.url("evidence", "ftp://lodz.pl/solar"))
			.isInstanceOf(FieldProblem.class)
			.hasMessageContaining("must be a web link");
		assertThatThrownBy(() -> UpdatingCommitments.checked(() -> CommitmentInput.url("evidence", "lodz")))
			.isInstanceOf(UserError.class)
			.hasMessageStartingWith("`evidence` must be a web link");
	}

	private CommitmentInput.Result parse(Map<String, ?> fields) {
		return new CommitmentInput(fields).parse(cities, "lodz",
				(name) -> new Organisation("veolia", name, Sector.INDUSTRY, null), "P-1", TODAY);
	}

	private static Map<String, Object> complete() {
		Map<String, Object> fields = new HashMap<>();
		fields.put("title", "Solar  roofs on SCHOOLS");
		fields.put("owner", "Energy Department");
		fields.put("domain", "energy");
		fields.put("target", "40 % CO2e by 2030");
		fields.put("deadline", "2030-12-31");
		return fields;
	}

}
