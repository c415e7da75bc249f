package eu.agora.knowledge;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The knowledge gaps. While a gap is open its {@link Gap#openKey()} is unique, so that
 * asking the same question again joins the open gap instead of opening a second one.
 */
interface Gaps {

	/**
	 * Adds {@code personId} to the askers of the open gap with this key.
	 * @return that gap, or empty when no gap with this key is open
	 */
	Optional<Gap> join(String openKey, String personId);

	/**
	 * Stores a new gap.
	 * @return {@code false} when an open gap has its {@code openKey} already
	 */
	boolean open(Gap gap);

	Optional<Gap> gap(String id);

	/** Open and routed gaps, oldest first. */
	List<Gap> unanswered();

	/**
	 * Marks the gap routed, with {@code to} (a panel or coordinators) among its routes.
	 */
	void routed(String id, String to);

	/** Marks the gap answered, which frees its question to open a new gap. */
	void answered(String id, String answer, String answeredBy, Instant answeredAt);

}
