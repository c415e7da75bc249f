package eu.agora.coordination;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * A question a city officer escalated, in {@code escalations}. It waits at one tier at a
 * time until it is answered; {@code moves} is its way up, oldest first. Every change
 * replaces the document guarded by {@code version}.
 *
 * @param id {@code E-4}
 * @param scopeKey the scope of the tier it waits at, e.g. {@code country:PL}
 * @param dueAt when it moves up by itself if nobody at its tier answered
 */
record Escalation(@Id String id, String question, String askerPersonId, String cityKey, Tier tier, String scopeKey,
		boolean open, Instant createdAt, Instant dueAt, List<Move> moves, @Nullable String answer,
		@Nullable String answeredBy, @Nullable Instant answeredAt, long version) {

	Escalation {
		moves = List.copyOf(moves);
	}

	/** It moved to {@code to}, due again at {@code due}. */
	Escalation movedTo(Tier to, Scope scope, Instant due, Move move) {
		List<Move> more = new ArrayList<>(moves);
		more.add(move);
		return new Escalation(id, question, askerPersonId, cityKey, to, scope.key(), true, createdAt, due, more, null,
				null, null, version + 1);
	}

	Escalation answered(String text, String by, Instant at) {
		return new Escalation(id, question, askerPersonId, cityKey, tier, scopeKey, false, createdAt, dueAt, moves,
				text, by, at, version + 1);
	}

	Escalation anonymised(String personId, String subject) {
		List<Move> kept = moves.stream().map((move) -> move.anonymised(personId, subject)).toList();
		return new Escalation(id, question, askerPersonId.equals(personId) ? subject : askerPersonId, cityKey, tier,
				scopeKey, open, createdAt, dueAt, kept, answer, personId.equals(answeredBy) ? subject : answeredBy,
				answeredAt, version + 1);
	}

	/**
	 * One step of the way up.
	 *
	 * @param reason {@code asked}, {@code forwarded} or {@code time limit}
	 * @param byPersonId who moved it, {@code null} when it moved by itself
	 */
	record Move(Tier tier, String scopeKey, Instant at, String reason, @Nullable String byPersonId,
			@Nullable String note) {

		Move anonymised(String personId, String subject) {
			return personId.equals(byPersonId) ? new Move(tier, scopeKey, at, reason, subject, note) : this;
		}

	}

}
