package eu.agora.twinning;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.UserError;

/**
 * Moves a pair to a status: the step is appended to its history first (its id
 * {@code T-7#n} is unique, which serialises two changes at once), then the pair's current
 * state is replaced, guarded by its version.
 */
@Component
class PairHistory {

	private final Pairs pairs;

	private final PairSteps steps;

	private final TwinningProperties properties;

	private final Clock clock;

	PairHistory(Pairs pairs, PairSteps steps, TwinningProperties properties, Clock clock) {
		this.pairs = pairs;
		this.steps = steps;
		this.properties = properties;
		this.clock = clock;
	}

	Pair move(Pair pair, PairStatus to, @Nullable String note, @Nullable String actorId) {
		if (pair.pairStatus() == to) {
			throw new UserError(pair.id() + " is " + to.label() + " already.",
					"Statuses: " + String.join(", ", PairStatus.ids()) + ".");
		}
		var now = clock.instant();
		PairStep step = new PairStep(PairStep.idFor(pair.id(), pair.steps() + 1), pair.id(), pair.cohortName(),
				pair.cities(), to.id(), note, actorId, now);
		if (!steps.append(step)) {
			throw Conflicts.changedMeanwhile(pair.id(), "/twin show " + pair.id());
		}
		return applied(pair, step, to);
	}

	/**
	 * The step is recorded: the pair follows it, even if a follow-up changed it
	 * meanwhile.
	 */
	private Pair applied(Pair seen, PairStep step, PairStatus to) {
		Pair current = seen;
		for (int attempt = 0; attempt < 3; attempt++) {
			Pair moved = current.moved(to, step.at().plus(properties.followUpAfter())).versioned(current.version() + 1);
			if (pairs.replace(moved, current.version())) {
				return moved;
			}
			current = pairs.byId(seen.id()).orElseThrow();
		}
		throw new IllegalStateException(seen.id() + " kept changing while step " + step.id() + " was applied");
	}

}
