package eu.agora.directory;

import java.util.Arrays;

/**
 * A city's relation to the EU Mission on Climate-Neutral and Smart Cities.
 */
public enum MissionStatus {

	/** Selected for the Mission; has a Climate City Contract. */
	MISSION_CITY("mission-city", "Mission City"),
	/** Any other European city taking part in panels and twinning. */
	EUROPEAN_CITY("european-city", "European city");

	private final String id;

	private final String label;

	MissionStatus(String id, String label) {
		this.id = id;
		this.label = label;
	}

	public String id() {
		return id;
	}

	public String label() {
		return label;
	}

	public static MissionStatus fromId(String id) {
		return Arrays.stream(values())
			.filter((status) -> status.id.equals(id))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException(
					"missionStatus must be mission-city or european-city, not " + id));
	}

}
