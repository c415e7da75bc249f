package eu.agora.twinning;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.UnaryOperator;

import eu.agora.conversation.UserError;

/**
 * Port: the published pairs and trios. Each is created once per slot; a change replaces
 * it guarded by its version.
 */
interface Pairs {

	/** Stores a new pair; {@code false} when its id or slot exists. */
	boolean add(Pair pair);

	Optional<Pair> byId(String id);

	Optional<Pair> bySlot(String slot);

	/** The pairs of a cohort, every round, by id. */
	List<Pair> ofCohort(String cohortId);

	/** Every pair with one of {@code cityKeys}. */
	List<Pair> withAnyOf(Collection<String> cityKeys);

	List<Pair> all();

	/** Replaces the pair if it is still at {@code expectedVersion}. */
	boolean replace(Pair changed, long expectedVersion);

	/**
	 * Applies {@code change} to the pair as the caller saw it.
	 * @throws UserError when someone else changed it meanwhile
	 */
	default Pair change(Pair pair, UnaryOperator<Pair> change) {
		Pair changed = change.apply(pair).versioned(pair.version() + 1);
		if (!replace(changed, pair.version())) {
			throw Conflicts.changedMeanwhile(pair.id(), "/twin show " + pair.id());
		}
		return changed;
	}

	default Pair named(String id) {
		String typed = id.strip().toUpperCase(Locale.ROOT);
		return byId(typed.startsWith("T-") ? typed : "T-" + typed)
			.orElseThrow(() -> new UserError("There is no twinning pair " + id + ".",
					"Pairs have ids like `T-7`; `/twin cohort show <cohort>` lists a cohort's pairs."));
	}

}
