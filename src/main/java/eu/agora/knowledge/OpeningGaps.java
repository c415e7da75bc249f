package eu.agora.knowledge;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.storage.Sequences;

/**
 * Turns a question the knowledge base could not answer (or answered unhelpfully) into a
 * knowledge gap. The same question asked again with the same city filter, in any case and
 * with or without its final punctuation, or in other words ({@link SimilarQuestions}),
 * joins the open gap instead of opening a second one; once that gap is answered, the
 * question opens a new gap.
 */
@Component
class OpeningGaps {

	private static final int ATTEMPTS = 3;

	private final Gaps gaps;

	private final Sequences sequences;

	private final Clock clock;

	OpeningGaps(Gaps gaps, Sequences sequences, Clock clock) {
		this.gaps = gaps;
		this.sequences = sequences;
		this.clock = clock;
	}

	/**
	 * The open gap for this question (asked with this city filter), with {@code personId}
	 * among its askers; a new gap when there is none.
	 */
	Gap record(String question, @Nullable String cityKey, String personId, Gap.Reason reason) {
		String key = openKey(question, cityKey);
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			Optional<Gap> joined = gaps.join(similarOpenKey(question, cityKey).orElse(key), personId);
			if (joined.isPresent()) {
				return joined.get();
			}
			Gap fresh = new Gap("G-" + sequences.next("knowledge-gap"), question, key, Gap.Status.OPEN, reason, cityKey,
					List.of(personId), List.of(), null, null, clock.instant(), null);
			if (gaps.open(fresh)) {
				return fresh;
			}
			// someone opened the same gap meanwhile: join theirs
		}
		throw new IllegalStateException("Could not record the knowledge gap for: " + question);
	}

	/** The key of an open gap asking the same as {@code question} in other words. */
	private Optional<String> similarOpenKey(String question, @Nullable String cityKey) {
		return gaps.unanswered()
			.stream()
			.filter((gap) -> Objects.equals(gap.cityKey(), cityKey))
			.filter((gap) -> SimilarQuestions.same(gap.question(), question))
			.map(Gap::openKey)
			.findFirst();
	}

	static String openKey(String question, @Nullable String cityKey) {
		String normalised = question.toLowerCase(Locale.ROOT)
			.replaceAll("\\s+", " ")
			.replaceAll("[\\s?!.]+$", "")
			.strip();
		return normalised + "|" + ((cityKey != null) ? cityKey : "");
	}

}
