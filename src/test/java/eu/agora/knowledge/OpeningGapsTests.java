package eu.agora.knowledge;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The gap-opening rules of {@link OpeningGaps}, against {@link InMemoryGaps}.
 */
class OpeningGapsTests {

	static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

	final AtomicLong numbers = new AtomicLong();

	final InMemoryGaps gaps = new InMemoryGaps();

	final OpeningGaps opening = opening(gaps);

	@Test
	void aNewQuestionOpensAGapWithItsAskerAndReason() {
		Gap gap = opening.record("How do heat pumps work in winter?", "turku", "ola", Gap.Reason.NO_ANSWER);

		assertThat(gap.id()).isEqualTo("G-1");
		assertThat(gap.status()).isEqualTo(Gap.Status.OPEN);
		assertThat(gap.reason()).isEqualTo(Gap.Reason.NO_ANSWER);
		assertThat(gap.cityKey()).isEqualTo("turku");
		assertThat(gap.askers()).containsExactly("ola");
		assertThat(gap.createdAt()).isEqualTo(NOW);
		assertThat(gaps.unanswered()).containsExactly(gap);
	}

	@Test
	void givenAnOpenGap_whenTheSameQuestionIsAskedAgainInOtherWords_thenTheAskerJoinsIt() {
		Gap first = opening.record("How do heat pumps work in winter?", null, "ola", Gap.Reason.NO_ANSWER);

		Gap again = opening.record("  how do HEAT   pumps work in winter ", null, "jan", Gap.Reason.NOT_HELPFUL);
		opening.record("How do heat pumps work in winter?!", null, "ola", Gap.Reason.NO_ANSWER);

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(gaps.unanswered()).singleElement()
			.satisfies((gap) -> assertThat(gap.askers()).containsExactly("ola", "jan"));
		assertThat(numbers.get()).as("no gap number spent on a joined question").isEqualTo(1);
	}

	@Test
	void theSameQuestionWithAnotherCityFilterOpensItsOwnGap() {
		Gap everywhere = opening.record("Who pays for the cycling lanes?", null, "ola", Gap.Reason.NO_ANSWER);
		Gap inLodz = opening.record("Who pays for the cycling lanes?", "lodz", "ola", Gap.Reason.NO_ANSWER);

		assertThat(inLodz.id()).isNotEqualTo(everywhere.id());
		assertThat(gaps.unanswered()).hasSize(2);
	}

	@Test
	void givenTheGapWasAnswered_whenTheQuestionIsAskedAgain_thenANewGapOpens() {
		Gap answered = opening.record("Who pays for the cycling lanes?", null, "ola", Gap.Reason.NO_ANSWER);
		gaps.answered(answered.id(), "The city and the EU cohesion fund.", "moderator", NOW);

		Gap reopened = opening.record("Who pays for the cycling lanes?", null, "jan", Gap.Reason.NOT_HELPFUL);

		assertThat(reopened.id()).isNotEqualTo(answered.id());
		assertThat(reopened.askers()).containsExactly("jan");
		assertThat(gaps.unanswered()).containsExactly(reopened);
	}

	@Test
	void givenAnotherInstanceOpensTheSameGapMeanwhile_thenTheAskerJoinsTheirs() {
		Gap theirs = new Gap("G-99", "Who pays?", OpeningGaps.openKey("Who pays?", null), Gap.Status.OPEN,
				Gap.Reason.NO_ANSWER, null, List.of("jan"), List.of(), null, null, NOW, null);
		InMemoryGaps racing = new InMemoryGaps() {

			private boolean raced;

			@Override
			public synchronized boolean open(Gap gap) {
				if (!raced) {
					raced = true;
					super.open(theirs);
				}
				return super.open(gap);
			}

		};

		Gap gap = opening(racing).record("Who pays?", null, "ola", Gap.Reason.NO_ANSWER);

		assertThat(gap.id()).isEqualTo("G-99");
		assertThat(racing.unanswered()).singleElement()
			.satisfies((only) -> assertThat(only.askers()).containsExactly("jan", "ola"));
	}

	private OpeningGaps opening(Gaps store) {
		return new OpeningGaps(store, (name) -> numbers.incrementAndGet(), Clock.fixed(NOW, ZoneOffset.UTC));
	}

}
