package eu.agora.twinning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

/**
 * Port: the "did you meet?" follow-ups sent and their answers. A follow-up is claimed
 * under its id before it is sent, so it is sent once across instances and restarts.
 */
interface FollowUps {

	/** Claims follow-up {@code id}; {@code false} when it was claimed before. */
	boolean claim(FollowUp followUp);

	/** Gives a claim back after the follow-up reached nobody. */
	void release(String id);

	/** The pair's latest follow-up. */
	Optional<FollowUp> latestOf(String pairId);

	/** Records the answer to a follow-up. */
	void answer(String id, String answer, String personId, Instant at);

	/** Follow-ups a person answered, for their export. */
	List<FollowUp> answeredBy(String personId);

	void anonymise(String personId, String label);

	/**
	 * @param id {@code T-7#n} for the n-th follow-up of {@code T-7}; {@code T-7#0} is the
	 * introduction
	 * @param answeredBy the person who answered
	 */
	record FollowUp(@Id String id, String pairId, int number, Instant sentAt, @Nullable String answer,
			@Nullable String answeredBy, @Nullable Instant answeredAt) {

		static FollowUp sent(String pairId, int number, Instant at) {
			return new FollowUp(pairId + "#" + number, pairId, number, at, null, null, null);
		}

	}

}
