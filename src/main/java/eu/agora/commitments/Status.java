package eu.agora.commitments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a commitment stands.
 */
enum Status {

	PLANNED("planned"), IN_PROGRESS("in-progress"), AT_RISK("at-risk"), ACHIEVED("achieved"), DROPPED("dropped");

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
