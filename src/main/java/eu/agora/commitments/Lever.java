package eu.agora.commitments;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The lever of change a commitment pulls, as in the Climate City Contract's action plan.
 */
enum Lever {

	TECHNOLOGY("technology"), GOVERNANCE_POLICY("governance-policy"), FINANCE("finance"),
	SOCIAL_INNOVATION("social-innovation"), PARTICIPATION("participation"), CAPABILITIES("capabilities");

	private final String id;

	Lever(String id) {
		this.id = id;
	}

	String id() {
		return id;
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(Lever::id).toList();
	}

	static Optional<Lever> parse(String text) {
		return Arrays.stream(values()).filter((lever) -> lever.id.equalsIgnoreCase(text.strip())).findFirst();
	}

}
