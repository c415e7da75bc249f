package eu.agora.knowledge;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Port: the questions the knowledge base has not answered yet, for reports (digests), and
 * a way for other features to save an answer people gave as verified knowledge.
 */
public interface KnowledgeGaps {

	/** Open and routed gaps, oldest first. */
	List<OpenGap> unanswered();

	/**
	 * Saves {@code answer} to {@code question} as verified knowledge that {@code /ask}
	 * finds from then on. Saving again under the same {@code source} replaces it.
	 * @param source a stable key for the answer, e.g. {@code escalation:E-4}
	 * @param cityKey the city the answer is about, or {@code null}
	 * @param byPersonId who gave the answer
	 * @throws eu.agora.conversation.UserError when it cannot be saved
	 */
	void saveVerifiedAnswer(String source, String question, String answer, @Nullable String cityKey, String byPersonId);

	/**
	 * A gap in brief.
	 *
	 * @param id e.g. {@code G-4}
	 * @param cityKeys the city it was asked about and the cities of its askers
	 * @param routedTo where a moderator sent it: panel names or {@code coordinators}
	 */
	record OpenGap(String id, String question, List<String> cityKeys, List<String> routedTo, int askers,
			Instant createdAt) {

		public OpenGap {
			cityKeys = List.copyOf(cityKeys);
			routedTo = List.copyOf(routedTo);
		}

	}

}
