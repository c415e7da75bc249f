package eu.agora.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Mission's thematic domains, shared by panels, commitments and knowledge.
 */
public enum Domain {

	ENERGY("energy", "Energy"), MOBILITY("mobility", "Mobility"), BUILDINGS("buildings", "Buildings"),
	WASTE_CIRCULARITY("waste-circularity", "Waste & circularity"),
	NATURE_BASED_SOLUTIONS("nature-based-solutions", "Nature-based solutions"),
	GOVERNANCE_FINANCE("governance-finance", "Governance & finance"), INDUSTRY("industry", "Industry"),
	WATER("water", "Water"), AGRICULTURE_FOOD("agriculture-food", "Agriculture & food");

	private final String id;

	private final String label;

	Domain(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(Domain::id).toList();
	}

	/**
	 * By id or label, ignoring case: {@code waste-circularity},
	 * {@code Waste & circularity}.
	 */
	public static Optional<Domain> parse(String text) {
		String typed = text.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((domain) -> domain.id.equals(typed) || domain.label.toLowerCase(Locale.ROOT).equals(typed))
			.findFirst();
	}

}
