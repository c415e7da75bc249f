package eu.agora.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.agora.commitments.CommitmentActivity.CommitmentState;
import eu.agora.commitments.CommitmentActivity.CommitmentStep;

/**
 * The commitments of a scope at any moment of a recent window: their current state with
 * the changes since that moment undone, from the ledger's history.
 */
final class CommitmentTimeline {

	private static final Set<String> OPEN = Set.of("planned", "in-progress", "at-risk");

	private final List<CommitmentState> current;

	private final Map<String, List<CommitmentStep>> steps = new HashMap<>();

	private final Duration staleAfter;

	/**
	 * @param history every change in a window that ends now, oldest first
	 */
	CommitmentTimeline(List<CommitmentState> current, List<CommitmentStep> history, Duration staleAfter) {
		this.current = current;
		this.staleAfter = staleAfter;
		history.forEach((step) -> steps.computeIfAbsent(step.commitmentId(), (id) -> new ArrayList<>()).add(step));
	}

	List<CommitmentState> current() {
		return current;
	}

	/** Every commitment that existed at {@code at}, as it stood then. */
	List<AsOf> at(Instant at, ZoneId zone) {
		LocalDate day = at.atZone(zone).toLocalDate();
		List<AsOf> states = new ArrayList<>();
		for (CommitmentState state : current) {
			if (state.createdAt().isAfter(at)) {
				continue;
			}
			List<CommitmentStep> mine = steps.getOrDefault(state.id(), List.of());
			CommitmentStep next = firstAfter(mine, at);
			String status = (next == null || next.statusBefore() == null) ? state.status() : next.statusBefore();
			boolean awaiting = (next == null) ? state.awaitingReaffirmation() : next.awaitingBefore();
			Instant lastUpdate = lastUpdate(state, mine, at, next);
			boolean open = OPEN.contains(status);
			states.add(new AsOf(state, status, open, open && state.deadline().isBefore(day), awaiting,
					open && lastUpdate.isBefore(at.minus(staleAfter))));
		}
		return states;
	}

	private static @Nullable CommitmentStep firstAfter(List<CommitmentStep> mine, Instant at) {
		for (CommitmentStep step : mine) {
			if (step.at().isAfter(at)) {
				return step;
			}
		}
		return null;
	}

	/** Its last change up to {@code at}; before the window when none is in it. */
	private static Instant lastUpdate(CommitmentState state, List<CommitmentStep> mine, Instant at,
			@Nullable CommitmentStep next) {
		if (next == null) {
			return state.updatedAt();
		}
		Instant last = Instant.EPOCH;
		for (CommitmentStep step : mine) {
			if (!step.at().isAfter(at)) {
				last = step.at();
			}
		}
		return last;
	}

	/**
	 * A commitment as it stood at some moment.
	 *
	 * @param status its status then
	 */
	record AsOf(CommitmentState state, String status, boolean open, boolean overdue, boolean awaiting, boolean stale) {
	}

}
