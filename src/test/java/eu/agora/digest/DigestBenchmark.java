package eu.agora.digest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import eu.agora.commitments.CommitmentActivity.CommitmentState;
import eu.agora.commitments.CommitmentActivity.CommitmentStep;
import eu.agora.coordination.Scope;
import eu.agora.panels.PanelDirectory;
import eu.agora.panels.PanelOutcomePublished;
import eu.agora.twinning.TwinningActivity.TwinningStep;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The EU digest over 112 cities, 5,000 commitments and a year of their history (about
 * 50,000 changes), with panel outcomes, twinning steps and gaps: how long building it
 * takes, and how long its chart. Run with
 * {@code ./mvnw -B test -Dtest=DigestBenchmark -Dagora.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "agora.benchmark", matches = "true")
class DigestBenchmark {

	static final Instant NOW = Instant.parse("2026-12-07T07:00:00Z");

	static final List<String> COUNTRIES = List.of("PL", "DE", "FR", "IT", "ES", "NL", "BE", "SE", "FI", "DK", "GR",
			"BG", "RO", "PT", "AT", "CZ");

	static final List<String> STATUSES = List.of("planned", "in-progress", "at-risk", "achieved");

	@Test
	void theEuDigestOf112CitiesAnd5000CommitmentsWithAYearOfHistory() throws Exception {
		DigestFakes fakes = data(new Random(42));
		BuildingDigests building = fakes.building();
		DigestChart chart = new DigestChart();
		DigestReplies replies = new DigestReplies(chart);
		ZoneId zone = ZoneId.of("Europe/Brussels");
		for (int i = 0; i < 5; i++) {
			replies.render(building.build(Scope.EU, NOW, zone), false);
		}
		int runs = 20;
		long[] builds = new long[runs];
		long[] charts = new long[runs];
		Digest digest = null;
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			digest = building.build(Scope.EU, NOW, zone);
			builds[i] = System.nanoTime() - start;
			start = System.nanoTime();
			byte[] png = chart.png(digest.chart());
			charts[i] = System.nanoTime() - start;
			assertThat(png.length).isGreaterThan(1000);
		}
		String report = String.format(Locale.ROOT,
				"DIGEST BENCHMARK: %d cities, %d commitments, %d history steps, %d outcomes, %d twinning steps%n"
						+ "build (EU digest): median %.1f ms, max %.1f ms%nchart (PNG): median %.1f ms, max %.1f ms%n",
				fakes.cities.size(), fakes.commitments.size(), fakes.steps.size(), fakes.outcomes.size(),
				fakes.twinSteps.size(), median(builds), max(builds), median(charts), max(charts));
		System.out.print(report);
		Files.writeString(Path.of("target/digest-benchmark.txt"), report);
		Files.write(Path.of("target/digest-benchmark.png"), chart.png(digest.chart()));
		assertThat(digest.sections()).hasSize(6);
	}

	private static DigestFakes data(Random random) {
		DigestFakes fakes = new DigestFakes();
		for (int i = 0; i < 112; i++) {
			fakes.cities.add(DigestFakes.city("city-" + i, "City " + i, COUNTRIES.get(i % COUNTRIES.size())));
		}
		Instant yearAgo = NOW.minus(Duration.ofDays(365));
		for (int c = 1; c <= 5_000; c++) {
			String city = "city-" + random.nextInt(112);
			Instant at = yearAgo.plus(Duration.ofMinutes(random.nextInt(60 * 24 * 300)));
			Instant created = at;
			String status = "planned";
			int progress = 0;
			fakes.steps.add(new CommitmentStep("C-" + c, city, "Commitment " + c, "created", at, null, status, null, 0,
					false, false));
			while (true) {
				at = at.plus(Duration.ofHours(24 * 14 + random.nextInt(24 * 42)));
				if (!at.isBefore(NOW)) {
					break;
				}
				String next = STATUSES.get(Math.min(3, STATUSES.indexOf(status) + (random.nextInt(4) == 0 ? 1 : 0)));
				int moved = Math.min(100, progress + random.nextInt(15));
				fakes.steps.add(new CommitmentStep("C-" + c, city, "Commitment " + c, "updated", at, status, next,
						progress, moved, false, false));
				status = next;
				progress = moved;
			}
			Instant updated = fakes.steps.get(fakes.steps.size() - 1).at();
			fakes.commitments.add(new CommitmentState("C-" + c, city, "Commitment " + c, "energy", status, progress,
					LocalDate.of(2026 + random.nextInt(5), 1 + random.nextInt(12), 1), !status.equals("achieved"),
					random.nextInt(20) == 0, created, updated));
		}
		for (int p = 0; p < 20; p++) {
			List<String> members = new ArrayList<>();
			for (int m = 0; m < 6; m++) {
				members.add("city-" + random.nextInt(112));
			}
			fakes.panels.add(new PanelDirectory.PanelInfo("Panel " + p, members, List.of()));
			for (int o = 0; o < 12; o++) {
				fakes.outcomes.add(new PanelOutcomePublished("O-" + p + "-" + o, "Panel " + p, List.of("energy"),
						"Topic " + o, "Outcome", yearAgo.plus(Duration.ofDays(30L * o + random.nextInt(30)))));
			}
		}
		for (int t = 0; t < 300; t++) {
			fakes.twinSteps.add(new TwinningStep("T-" + t, "2026",
					List.of("city-" + random.nextInt(112), "city-" + random.nextInt(112)),
					List.of("introduced", "met", "replication-plan").get(t % 3),
					yearAgo.plus(Duration.ofDays(random.nextInt(365)))));
		}
		return fakes;
	}

	private static double median(long[] nanos) {
		long[] sorted = nanos.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2] / 1e6;
	}

	private static double max(long[] nanos) {
		return Arrays.stream(nanos).max().orElse(0) / 1e6;
	}

}
