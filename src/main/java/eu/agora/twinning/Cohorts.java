package eu.agora.twinning;

import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Port: the twinning cohorts. Every change replaces the cohort guarded by its version.
 */
interface Cohorts {

	/** Stores a new cohort; {@code false} when one with its id exists. */
	boolean add(Cohort cohort);

	Optional<Cohort> byId(String id);

	List<Cohort> all();

	/** Replaces the cohort if it is still at {@code expectedVersion}. */
	boolean replace(Cohort changed, long expectedVersion);

	/** The cohort called {@code name}, or a reply naming the nearest ones. */
	default Cohort named(String name) {
		return byId(Cohort.idFor(name)).orElseThrow(() -> {
			List<String> names = all().stream().map(Cohort::name).toList();
			return new UserError("There is no cohort \"" + name + "\". " + Suggestions.didYouMean(name, names, ""),
					"A moderator or coordinator creates one with `/twin cohort create <name>`.");
		});
	}

	/** Applies {@code change} to the cohort as the caller saw it. */
	default Cohort change(Cohort cohort, UnaryOperator<Cohort> change) {
		Cohort changed = change.apply(cohort).versioned(cohort.version() + 1);
		if (!replace(changed, cohort.version())) {
			throw Conflicts.changedMeanwhile(cohort.name(),
					"/twin cohort show " + RunningCohorts.quoted(cohort.name()));
		}
		return changed;
	}

}
