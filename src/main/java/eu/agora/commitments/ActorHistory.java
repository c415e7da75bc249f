package eu.agora.commitments;

import java.util.List;

/**
 * Port: the history events a person made, for their data export.
 */
interface ActorHistory {

	List<CommitmentEvent> byActor(String personId);

}
