package eu.agora.directory;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A city Agora knows.
 *
 * @param key stable id, e.g. {@code lodz}
 * @param name English name, e.g. {@code Łódź}
 * @param localName name in the local language, e.g. {@code Warszawa}
 * @param alternativeNames other common spellings
 * @param country ISO 3166-1 alpha-2 code
 * @param region region within the country
 * @param missionStatus whether it is one of the Mission Cities
 * @param languages ISO 639-1 codes of the languages spoken
 * @param timeZone IANA time zone
 */
public record City(String key, String name, String localName, List<String> alternativeNames, String country,
		String region, MissionStatus missionStatus, List<String> languages, String timeZone) {

	public City {
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(name, "name");
		alternativeNames = (alternativeNames != null) ? List.copyOf(alternativeNames) : List.of();
		languages = (languages != null) ? List.copyOf(languages) : List.of();
		localName = (localName == null || localName.isBlank()) ? name : localName;
		region = (region != null) ? region : "";
	}

	/** The country's English name, e.g. {@code Poland}. */
	public String countryName() {
		return Locale.of("", country).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * Whether a coordinator's scope holds this city: {@code EU}, its country
	 * ({@code country:PL}) or its region ({@code region:PL/Mazovia} or
	 * {@code region:Mazovia}).
	 */
	public boolean isCoveredBy(String scope) {
		return "EU".equals(scope) || scope.equals("country:" + country) || scope.equals("region:" + region)
				|| scope.equals("region:" + country + "/" + region);
	}

	/** {@code Warsaw (Warszawa)} when the names differ, else the name. */
	public String displayName() {
		return name.equals(localName) ? name : name + " (" + localName + ")";
	}

}
