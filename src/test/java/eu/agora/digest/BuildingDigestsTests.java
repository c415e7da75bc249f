package eu.agora.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.agora.commitments.CommitmentActivity.CommitmentState;
import eu.agora.commitments.CommitmentActivity.CommitmentStep;
import eu.agora.coordination.Scope;
import eu.agora.twinning.TwinningActivity.TwinningStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A digest built over in-memory ports: each section's counts against last week, the
 * twinning section from whatever implements {@code TwinningActivity}, and the chart's
 * weeks reconstructed from the ledger's history.
 */
class BuildingDigestsTests {

	static final Instant NOW = Instant.parse("2026-03-02T07:00:00Z");

	static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

	private final DigestFakes fakes = new DigestFakes();

	BuildingDigestsTests() {
		fakes.cities.add(DigestFakes.city("lodz", "Łódź", "PL"));
		fakes.cities.add(DigestFakes.city("krakow", "Kraków", "PL"));
		fakes.cities.add(DigestFakes.city("gabrovo", "Gabrovo", "BG"));
	}

	@Test
	void theTwinningSectionCountsIntroductionsMeetingsAndPlansAgainstLastWeek() {
		fakes.twinSteps.add(step("T-1", "introduced", 10));
		fakes.twinSteps.add(step("T-2", "introduced", 3));
		fakes.twinSteps.add(step("T-2", "met", 2));
		fakes.twinSteps.add(step("T-3", "replication-plan", 1));

		Digest digest = fakes.building().build(Scope.EU, NOW, WARSAW);

		Digest.Section twinning = section(digest, "Twinning");
		assertThat(twinning.items().get(0).text()).contains("**1** pair introduced").contains("T-2");
		assertThat(twinning.items().get(0).change()).isEqualTo("same as last week");
		assertThat(twinning.items().get(1).text()).contains("**1** pair met");
		assertThat(twinning.items().get(1).action()).isEqualTo("/twin show T-2");
		assertThat(twinning.items().get(2).change()).startsWith("+1");
		assertThat(digest.quiet()).isFalse();
	}

	@Test
	void aWeekWithoutTwinningStepsShowsNoneAndIsQuiet() {
		Digest digest = fakes.building().build(Scope.EU, NOW, WARSAW);

		assertThat(section(digest, "Twinning").items())
			.allSatisfy((item) -> assertThat(item.text()).startsWith("**0**"));
		assertThat(digest.quiet()).isTrue();
		assertThat(section(digest, "Cities with no activity in 4 weeks").items().get(0).text()).startsWith("**3**");
	}

	@Test
	void commitmentsAreCountedNowAndAsTheyStoodAWeekAgo() {
		fakes.commitments.add(state("C-1", "lodz", "in-progress", 40, LocalDate.of(2026, 2, 27), days(20), days(2)));
		fakes.steps.add(new CommitmentStep("C-1", "lodz", "Heat", "created", NOW.minus(days(20)), null, "planned", null,
				0, false, false));
		fakes.steps.add(new CommitmentStep("C-1", "lodz", "Heat", "updated", NOW.minus(days(2)), "planned",
				"in-progress", 0, 40, false, false));
		fakes.commitments.add(state("C-2", "krakow", "planned", 0, LocalDate.of(2030, 1, 1), days(3), days(3)));
		fakes.steps.add(new CommitmentStep("C-2", "krakow", "Trams", "created", NOW.minus(days(3)), null, "planned",
				null, 0, false, false));

		Digest digest = fakes.building().build(new Scope(Scope.Kind.COUNTRY, "country:PL", "Poland"), NOW, WARSAW);

		List<Digest.Item> items = section(digest, "Commitments").items();
		assertThat(items.get(0).text()).startsWith("**1** new — C-2 Trams");
		assertThat(items.get(1).text()).startsWith("**1** with progress — C-1 Heat");
		assertThat(items.get(2).text()).startsWith("**1** overdue — C-1");
		assertThat(items.get(2).change()).isEqualTo("+1 on last week (0)");
		Digest.ChartData chart = digest.chart();
		assertThat(chart.weeks()).hasSize(9).last().isEqualTo("W10");
		assertThat(chart.byStatus().get(0).counts()).containsExactly(0, 0, 0, 0, 0, 0, 1, 1, 1);
		assertThat(chart.byStatus().get(1).counts()).containsExactly(0, 0, 0, 0, 0, 0, 0, 0, 1);
		assertThat(chart.places()).containsExactlyInAnyOrder("Łódź", "Kraków");
	}

	private static Digest.Section section(Digest digest, String title) {
		return digest.sections().stream().filter((s) -> s.title().equals(title)).findFirst().orElseThrow();
	}

	private static TwinningStep step(String pair, String status, int daysAgo) {
		return new TwinningStep(pair, "2026-spring", List.of("lodz", "gabrovo"), status, NOW.minus(days(daysAgo)));
	}

	static CommitmentState state(String id, String city, String status, int progress, LocalDate deadline,
			Duration createdAgo, Duration updatedAgo) {
		boolean open = !status.equals("achieved") && !status.equals("dropped");
		return new CommitmentState(id, city, id + " title", "energy", status, progress, deadline, open, false,
				NOW.minus(createdAgo), NOW.minus(updatedAgo));
	}

	private static Duration days(int days) {
		return Duration.ofDays(days);
	}

}
