package eu.agora.commitments;

import eu.agora.conversation.Caller;

/**
 * Port: records a new commitment of a city on behalf of another feature (a twinning
 * pair's replication plan), through the ledger's own checks — every field validated as
 * {@code /commit add} validates it, the actor allowed to change the city's commitments,
 * the change appended to the commitment's history — so it lives on like every commitment.
 */
public interface CommitmentRecording {

	/**
	 * Records {@code commitment} as {@code actor}.
	 * @return the new commitment's id, e.g. {@code C-17}
	 * @throws eu.agora.conversation.UserError naming every field to fix, or why the actor
	 * may not; nothing is stored then
	 */
	String record(Caller actor, NewCommitment commitment);

	/**
	 * A commitment as typed: each field is checked as {@code /commit add} checks it.
	 *
	 * @param city the city's name or key
	 * @param target e.g. {@code 40 % CO2e by 2030}
	 * @param deadline as {@code YYYY-MM-DD}
	 * @param owner the owner office
	 * @param description what links it to its origin, e.g. the twinning pair
	 * @param note the note of its first history event, e.g. {@code twinning T-7}
	 */
	record NewCommitment(String city, String title, String domain, String target, String deadline, String owner,
			String description, String note) {
	}

}
