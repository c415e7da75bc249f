package eu.agora.commitments;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a commitment stands.
 */
enum Status {

	PLANNED("planned"), IN_PROGRESS("in-progress"), AT_RISK("at-risk"), ACHIEVED("achieved"), DROPPED("dropped");

	/**
	 * Words people use for a status, with the status they probably mean: suggested, never
	 * applied, since marking a commitment achieved or dropped is visible to every city.
	 */
	static final Map<String, String> LIKELY_WORDS = Map.ofEntries(Map.entry("done", "achieved"),
			Map.entry("complete", "achieved"), Map.entry("completed", "achieved"), Map.entry("finished", "achieved"),
			Map.entry("met", "achieved"), Map.entry("ongoing", "in-progress"), Map.entry("started", "in-progress"),
			Map.entry("underway", "in-progress"), Map.entry("wip", "in-progress"), Map.entry("cancelled", "dropped"),
			Map.entry("canceled", "dropped"), Map.entry("abandoned", "dropped"), Map.entry("delayed", "at-risk"),
			Map.entry("late", "at-risk"), Map.entry("risk", "at-risk"), Map.entry("not-started", "planned"),
			Map.entry("todo", "planned"));

	private final String id;

	Status(String id) {
		this.id = id;
	}

	String id() {
		return id;
	}

	/** Planned, in progress or at risk: still to be done. */
	boolean isOpen() {
		return this != ACHIEVED && this != DROPPED;
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(Status::id).toList();
	}

	static Optional<Status> parse(String text) {
		return Arrays.stream(values()).filter((status) -> status.id.equalsIgnoreCase(text.strip())).findFirst();
	}

}
