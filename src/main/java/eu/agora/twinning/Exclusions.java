package eu.agora.twinning;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * Port: pairs of cities that are never matched ({@code /twin exclude}).
 */
interface Exclusions {

	/** Records the exclusion; {@code false} when it was recorded before. */
	boolean add(Exclusion exclusion);

	List<Exclusion> all();

	/** Exclusions a person recorded, for their export. */
	List<Exclusion> byPerson(String personId);

	void anonymise(String personId, String label);

	/**
	 * @param key {@link PairScores#key(String, String)} of the two cities
	 * @param by the person who excluded the pair
	 */
	record Exclusion(@Id String key, String a, String b, String by, Instant at) {
	}

}
