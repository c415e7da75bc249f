package eu.agora.knowledge;

import java.util.Optional;

/**
 * The answers Agora gave, kept for "more" and for feedback.
 */
interface Answers {

	void add(Answer answer);

	Optional<Answer> answer(String id);

	/** Records one person's verdict on an answer, replacing their earlier one. */
	void feedback(String answerId, String personId, String verdict);

}
