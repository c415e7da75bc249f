package eu.agora.digest;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CommitmentActivity;
import eu.agora.commitments.CommitmentActivity.CommitmentStep;
import eu.agora.coordination.EscalationsWaiting;
import eu.agora.coordination.Scope;
import eu.agora.coordination.Scopes;
import eu.agora.directory.City;
import eu.agora.knowledge.KnowledgeGaps;
import eu.agora.panels.PanelChannels;
import eu.agora.panels.PanelDirectory;
import eu.agora.panels.PanelOutcomePublished;
import eu.agora.twinning.TwinningActivity;
import eu.agora.twinning.TwinningActivity.TwinningStep;

/**
 * Builds a scope's digest for the week before a moment, in a time zone, from the other
 * features' published ports, twinning's through {@link TwinningActivity}.
 */
@Component
class BuildingDigests {

	/**
	 * How far back the ledger's history is read: nine chart weeks and 90 days of
	 * staleness.
	 */
	static final Duration HISTORY = Duration.ofDays(98);

	private final Scopes scopes;

	private final CommitmentActivity commitments;

	private final PanelDirectory panels;

	private final PanelChannels outcomes;

	private final KnowledgeGaps gaps;

	private final EscalationsWaiting escalations;

	private final TwinningActivity twinning;

	BuildingDigests(Scopes scopes, CommitmentActivity commitments, PanelDirectory panels, PanelChannels outcomes,
			KnowledgeGaps gaps, EscalationsWaiting escalations, TwinningActivity twinning) {
		this.scopes = scopes;
		this.commitments = commitments;
		this.panels = panels;
		this.outcomes = outcomes;
		this.gaps = gaps;
		this.escalations = escalations;
		this.twinning = twinning;
	}

	Digest build(Scope scope, Instant to, ZoneId zone) {
		List<City> cities = scopes.citiesIn(scope);
		Set<String> keys = cities.stream().map(City::key).collect(Collectors.toSet());
		List<CommitmentStep> steps = commitments.stepsBetween(keys, to.minus(HISTORY), to);
		CommitmentTimeline timeline = new CommitmentTimeline(commitments.current(keys), steps,
				CommitmentActivity.staleAfter());
		Map<String, List<String>> panelCities = panels.active()
			.stream()
			.filter((panel) -> panel.memberCities().stream().anyMatch(keys::contains))
			.collect(Collectors.toMap(PanelDirectory.PanelInfo::name, PanelDirectory.PanelInfo::memberCities));
		List<PanelOutcomePublished> published = outcomes.publishedOutcomes()
			.stream()
			.filter((o) -> panelCities.containsKey(o.panel()) && o.publishedAt().isAfter(to.minus(HISTORY)))
			.toList();
		List<TwinningStep> twinSteps = twinning.stepsBetween(keys, to.minus(ActivityReport.QUIET.plus(Digest.WEEK)),
				to);
		List<KnowledgeGaps.OpenGap> open = ActivityReport.gapsOf(gaps.unanswered(), scope, keys, to);
		List<EscalationsWaiting.Waiting> waiting = escalations.at(scope);

		List<Digest.Section> sections = new ArrayList<>();
		sections.add(CommitmentsReport.section(timeline, steps, to, zone));
		sections.add(ActivityReport.outcomes(published, to));
		sections.add(ActivityReport.twinning(twinSteps, to));
		sections.add(ActivityReport.gaps(open, to));
		sections.add(ActivityReport.escalations(waiting, to));
		Activity activity = new Activity(steps, published, panelCities, twinSteps, waiting);
		sections.add(
				ActivityReport.quiet(activity.quiet(cities, to), activity.quiet(cities, to.minus(Digest.WEEK)).size()));
		Instant from = to.minus(Digest.WEEK);
		boolean quiet = !CommitmentsReport.active(steps, to)
				&& published.stream().noneMatch((o) -> ActivityReport.within(o.publishedAt(), from, to))
				&& twinSteps.stream().noneMatch((s) -> ActivityReport.within(s.at(), from, to)) && open.isEmpty()
				&& waiting.isEmpty();
		Map<String, String> places = cities.stream()
			.collect(Collectors.toMap(City::key, (scope.kind() == Scope.Kind.EU) ? City::countryName : City::name));
		Function<String, String> place = (key) -> places.getOrDefault(key, key);
		Digest.ChartData chart = CommitmentsReport.chart("Commitments in " + scope.label(), timeline, to, zone, place);
		return new Digest(scope, to, zone, sections, chart, quiet);
	}

	/** Who did something when, for the cities with no activity. */
	private record Activity(List<CommitmentStep> steps, List<PanelOutcomePublished> outcomes,
			Map<String, List<String>> panelCities, List<TwinningStep> twinSteps,
			List<EscalationsWaiting.Waiting> waiting) {

		List<City> quiet(List<City> cities, Instant to) {
			Instant from = to.minus(ActivityReport.QUIET);
			Set<String> active = new HashSet<>();
			steps.stream()
				.filter((s) -> ActivityReport.within(s.at(), from, to))
				.forEach((s) -> active.add(s.cityKey()));
			outcomes.stream()
				.filter((o) -> ActivityReport.within(o.publishedAt(), from, to))
				.forEach((o) -> active.addAll(panelCities.getOrDefault(o.panel(), List.of())));
			twinSteps.stream()
				.filter((s) -> ActivityReport.within(s.at(), from, to))
				.forEach((s) -> active.addAll(s.cityKeys()));
			waiting.stream()
				.filter((e) -> ActivityReport.within(e.since(), from, to))
				.forEach((e) -> active.add(e.cityKey()));
			return cities.stream().filter((c) -> !active.contains(c.key())).toList();
		}

	}

}
