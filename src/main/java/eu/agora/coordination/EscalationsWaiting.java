package eu.agora.coordination;

import java.time.Instant;
import java.util.List;

/**
 * Port: the escalated questions that wait for an answer, for reports (digests).
 */
public interface EscalationsWaiting {

	/**
	 * For a region, a country or the EU: the open questions waiting at that tier. For a
	 * cluster, a panel or a city: the open questions of its cities, at whichever tier.
	 * Oldest first.
	 */
	List<Waiting> at(Scope scope);

	/**
	 * An open question.
	 *
	 * @param id e.g. {@code E-4}
	 * @param since when it was asked
	 * @param dueAt when it moves up by itself if nobody answers
	 * @param alike how many other open questions at the same tier ask about the same
	 */
	record Waiting(String id, String question, String cityKey, String tier, Instant since, Instant dueAt, int alike) {
	}

}
