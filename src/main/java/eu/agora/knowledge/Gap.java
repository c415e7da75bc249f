package eu.agora.knowledge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A knowledge gap (see {@link Gaps}): a question the knowledge base did not answer (or
 * answered unhelpfully), waiting for a moderator. Asking the same question again while it
 * is open adds the asker rather than a second gap: {@code openKey} is the normalised
 * question while open (unique), the gap's id once answered.
 *
 * @param id {@code G-4}
 * @param question the question
 * @param openKey see above
 * @param status open, routed or answered
 * @param reason why it became a gap
 * @param cityKey the city filter it was asked with, or {@code null}
 * @param askers person ids to tell when it is answered
 * @param routedTo where a moderator sent it: panel names or {@code coordinators}
 * @param answer the verified answer
 * @param answeredBy person id
 * @param createdAt when
 * @param answeredAt when
 */
record Gap(String id, String question, String openKey, Status status, Reason reason, @Nullable String cityKey,
		List<String> askers, List<String> routedTo, @Nullable String answer, @Nullable String answeredBy,
		Instant createdAt, @Nullable Instant answeredAt) {

	Gap {
		askers = (askers != null) ? List.copyOf(askers) : List.of();
		routedTo = (routedTo != null) ? List.copyOf(routedTo) : List.of();
	}

	enum Status {

		OPEN, ROUTED, ANSWERED

	}

	enum Reason {

		NO_ANSWER("not answered"), NOT_HELPFUL("answer not helpful");

		private final String label;

		Reason(String label) {
			this.label = label;
		}

		String label() {
			return label;
		}

	}

}
