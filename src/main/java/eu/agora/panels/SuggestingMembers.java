package eu.agora.panels;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CommitmentFigures;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.MissionStatus;

/**
 * {@code /panel suggest}: cities not yet in a panel, ranked by country cluster (a member
 * from the same country), domain fit (open commitments in the panel's domains) and
 * readiness (commitments under way or achieved), each with its reasons.
 */
@Component
class SuggestingMembers {

	static final int SHOWN = 10;

	private final Panels panels;

	private final CityDirectory cities;

	private final CommitmentFigures figures;

	SuggestingMembers(Panels panels, CityDirectory cities, CommitmentFigures figures) {
		this.panels = panels;
		this.cities = cities;
		this.figures = figures;
	}

	Reply suggest(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		Map<String, CommitmentFigures.Readiness> readiness = figures.byCity(panel.domains());
		Map<String, List<String>> membersByCountry = panel.memberCities()
			.stream()
			.map(cities::byKey)
			.flatMap(Optional::stream)
			.collect(Collectors.groupingBy(City::country, Collectors.mapping(City::name, Collectors.toList())));
		Set<String> members = Set.copyOf(panel.memberCities());
		Set<String> inAPanel = panels.all()
			.stream()
			.filter((other) -> !other.archived())
			.flatMap((other) -> other.memberCities().stream())
			.collect(Collectors.toSet());
		List<Suggestion> ranked = cities.all()
			.stream()
			.filter((city) -> !members.contains(city.key()))
			.map((city) -> Suggestion
				.of(city, membersByCountry.getOrDefault(city.country(), List.of()), readiness.get(city.key()),
						panel.domains())
				.orNewcomer(!inAPanel.contains(city.key())))
			.filter((suggestion) -> suggestion.score() > 0)
			.sorted(Comparator.comparingInt(Suggestion::score).reversed().thenComparing((s) -> s.city().name()))
			.limit(SHOWN)
			.toList();
		if (ranked.isEmpty()) {
			return Reply.text("No city stands out for " + panel.name() + " yet: suggestions come from member cities' "
					+ "countries, commitments logged in the panel's domains and Mission Cities in no panel yet.");
		}
		String lines = ranked.stream()
			.map((s) -> "- **" + s.city().name() + "** (" + s.city().country() + ") — "
					+ String.join("; ", s.reasons()))
			.collect(Collectors.joining("\n"));
		return Reply.of(new Element.Section("Cities to invite to " + panel.name(), lines, List.of()));
	}

	record Suggestion(City city, int score, List<String> reasons) {

		static Suggestion of(City city, List<String> sameCountryMembers,
				CommitmentFigures.@Nullable Readiness readiness, List<String> domains) {
			int score = 0;
			List<String> reasons = new ArrayList<>();
			if (!sameCountryMembers.isEmpty()) {
				score += 3;
				reasons.add("same country as " + String.join(", ", sameCountryMembers));
			}
			if (readiness != null && readiness.inDomains() > 0) {
				score += 2 * (int) Math.min(readiness.inDomains(), 3);
				reasons.add(Plural.of(readiness.inDomains(), "open commitment") + " in " + String.join(", ", domains));
			}
			if (readiness != null && (readiness.open() > 0 || readiness.achieved() > 0)) {
				score += (int) Math.min(readiness.open() + readiness.achieved(), 3);
				reasons.add("readiness: " + readiness.open() + " under way (avg " + readiness.averageProgress()
						+ " %), " + readiness.achieved() + " achieved");
			}
			return new Suggestion(city, score, List.copyOf(reasons));
		}

		/**
		 * A Mission City in no panel at all gets a reason too, commitments or not: a
		 * panel is where it meets its peers.
		 */
		Suggestion orNewcomer(boolean inNoPanel) {
			if (!inNoPanel || city.missionStatus() != MissionStatus.MISSION_CITY) {
				return this;
			}
			List<String> more = new ArrayList<>(reasons);
			more.add("a Mission City in no panel yet");
			return new Suggestion(city, score + 1, List.copyOf(more));
		}

	}

}
