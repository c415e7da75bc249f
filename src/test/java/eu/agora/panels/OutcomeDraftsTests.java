package eu.agora.panels;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OutcomeDraftsTests {

	@Test
	void nearIdenticalPointsAreShownOnceWithHowOftenTheyCameUp() {
		List<String> merged = OutcomeDrafts
			.merged(List.of("Tenants accept heat pumps when bills fall.", "tenants accept heat pumps when bills fall",
					"Start with schools.", "Tenants accept heat pumps when their bills fall!"));

		assertThat(merged).containsExactly("Tenants accept heat pumps when bills fall. (raised 3 times)",
				"Start with schools.");
	}

	@Test
	void theDraftHasEveryRoundsQuestionAndPointsThenOpenQuestions() {
		PanelSession session = new PanelSession("S-1", "p", "Heat", List.of("Q1?", "Q2?", "Q3?"), null, "UTC",
				PanelSession.State.ENDED, List.of(new PanelSession.Round(1, "Q1?", Instant.EPOCH, Instant.EPOCH),
						new PanelSession.Round(2, "Q2?", Instant.EPOCH, Instant.EPOCH)),
				null, false, 3);
		List<KeyPoint> points = List.of(new KeyPoint("a", "S-1", 1, "Use ERDF.", "P-1", Instant.EPOCH),
				new KeyPoint("b", "S-1", 2, "Involve tenants early.", "P-2", Instant.EPOCH));

		String draft = OutcomeDrafts.draft(session, points);

		assertThat(draft).contains("1. Q1?")
			.contains("- Use ERDF.")
			.contains("2. Q2?")
			.contains("- Involve tenants early.")
			.contains("Open questions")
			.contains("- Q3?")
			.doesNotContain("P-1")
			.doesNotContain("P-2");
	}

}
