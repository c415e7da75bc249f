package eu.agora.twinning;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CityCommitments;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.MissionStatus;
import eu.agora.panels.PanelDirectory;

/**
 * A city's twinning profile as matching sees it: what the city declared, completed from
 * the directory (country, languages, time zone, Mission status) and the ledger (the
 * domains and levers of its commitments, and how far along they are) and the panels (in
 * how many City Panels it takes part).
 */
@Component
class CityProfiles {

	private final Profiles profiles;

	private final CityDirectory cities;

	private final CityCommitments commitments;

	private final PanelDirectory panels;

	CityProfiles(Profiles profiles, CityDirectory cities, CityCommitments commitments, PanelDirectory panels) {
		this.profiles = profiles;
		this.cities = cities;
		this.commitments = commitments;
		this.panels = panels;
	}

	TwinProfile of(String cityKey) {
		City city = cities.byKey(cityKey).orElseThrow(() -> new IllegalStateException("No city " + cityKey));
		return of(city, profiles.orEmpty(cityKey));
	}

	TwinProfile of(City city, Profile declared) {
		List<CityCommitments.Brief> briefs = commitments.of(city.key());
		Set<String> fromLedger = new LinkedHashSet<>();
		briefs.stream().filter((c) -> !"dropped".equals(c.status())).forEach((c) -> {
			fromLedger.add(c.domain());
			if (c.lever() != null) {
				fromLedger.add(c.lever());
			}
		});
		boolean derived = declared.strengths().isEmpty();
		Set<String> strengths = derived ? fromLedger : new LinkedHashSet<>(declared.strengths());
		List<String> languages = declared.languages().isEmpty() ? city.languages() : declared.languages();
		long panelsJoined = panels.active()
			.stream()
			.filter((panel) -> panel.memberCities().contains(city.key()))
			.count();
		return new TwinProfile(city.key(), city.name(), city.country(), city.timeZone(),
				city.missionStatus() == MissionStatus.MISSION_CITY, strengths, Set.copyOf(declared.needs()), languages,
				declared.population(), declared.pilot(), readiness(briefs, panelsJoined), declared.office(),
				derived && !fromLedger.isEmpty());
	}

	/**
	 * 0 to 100: half the average progress of open commitments, plus 10 for each achieved
	 * and 5 for each open one, plus 5 for each City Panel the city takes part in.
	 */
	static int readiness(List<CityCommitments.Brief> briefs, long panelsJoined) {
		double progress = briefs.stream()
			.filter(CityCommitments.Brief::open)
			.mapToInt(CityCommitments.Brief::progress)
			.average()
			.orElse(0);
		long achieved = briefs.stream().filter((c) -> "achieved".equals(c.status())).count();
		long open = briefs.stream().filter(CityCommitments.Brief::open).count();
		return (int) Math.min(100, Math.round(progress / 2 + 10 * achieved + 5 * open + 5 * panelsJoined));
	}

}
