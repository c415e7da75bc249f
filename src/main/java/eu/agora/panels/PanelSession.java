package eu.agora.panels;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A panel session, in {@code panel_sessions}: scheduled, running or ended, with its
 * agenda, its rounds, and the outcome as drafted or edited.
 */
record PanelSession(@Id String id, String panelId, String topic, List<String> questions, @Nullable Instant scheduledAt,
		String zone, State state, List<Round> rounds, @Nullable String outcome, boolean published, long version) {

	PanelSession {
		questions = List.copyOf(questions);
		rounds = List.copyOf(rounds);
	}

	enum State {

		SCHEDULED, RUNNING, ENDED

	}

	/** A discussion round: one question, open until closed. */
	record Round(int number, String question, Instant openedAt, @Nullable Instant closedAt) {

		boolean isOpen() {
			return closedAt == null;
		}

	}

	Optional<Round> openRound() {
		return rounds.stream().filter(Round::isOpen).findFirst();
	}

	/** The first agenda question no round has asked yet. */
	Optional<String> nextQuestion() {
		return questions.stream()
			.filter((question) -> rounds.stream().noneMatch((round) -> round.question().equals(question)))
			.findFirst();
	}

}
