package eu.agora.twinning;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.Visibility;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin report [<cohort>]}: pairs, meeting rate, status counts, paused pairs and
 * the cities left unmatched with the reason. Moderators see every pair; a coordinator
 * sees those with a city in their scope.
 */
@Component
class ReportingTwins {

	private static final Set<PairStatus> NOT_MET = Set.of(PairStatus.INTRODUCED);

	private final Pairs pairs;

	private final PairSteps steps;

	private final Cohorts cohorts;

	private final TwinningAccess access;

	private final CityDirectory cities;

	ReportingTwins(Pairs pairs, PairSteps steps, Cohorts cohorts, TwinningAccess access, CityDirectory cities) {
		this.pairs = pairs;
		this.steps = steps;
		this.cohorts = cohorts;
		this.access = access;
		this.cities = cities;
	}

	Reply report(CommandCall call) {
		List<Cohort> scope = call.options()
			.text("cohort")
			.map((name) -> List.of(cohorts.named(name)))
			.orElseGet(cohorts::all);
		Caller caller = call.caller();
		boolean everything = caller.isAdmin() || caller.has(Role.MODERATOR);
		List<Pair> shown = new ArrayList<>();
		List<String> left = new ArrayList<>();
		for (Cohort cohort : scope) {
			pairs.ofCohort(cohort.id())
				.stream()
				.filter((pair) -> everything || pair.cities().stream().anyMatch((c) -> access.coordinates(caller, c)))
				.forEach(shown::add);
			List<Cohort.Left> leftOut = new ArrayList<>(cohort.leftOut());
			Cohort.Proposal proposal = cohort.proposal();
			if (proposal != null) {
				proposal.unmatched()
					.forEach((l) -> leftOut
						.add(new Cohort.Left(l.cityKey(), "round " + cohort.round() + ": " + l.reason())));
			}
			leftOut.stream()
				.filter((l) -> everything || access.coordinates(caller, l.cityKey()))
				.forEach((l) -> left
					.add("- " + cities.nameOf(l.cityKey()) + " (" + cohort.name() + ", " + l.reason() + ")"));
		}
		String title = (scope.size() == 1) ? "Twinning report — " + scope.get(0).name() : "Twinning report";
		return new Reply(List.of(summary(title, shown),
				new Element.Section("Left unmatched", left.isEmpty() ? "nobody" : String.join("\n", left), List.of())),
				Visibility.EPHEMERAL, false);
	}

	private Element.Section summary(String title, List<Pair> shown) {
		Map<PairStatus, Long> counts = new EnumMap<>(PairStatus.class);
		shown.forEach((pair) -> counts.merge(pair.pairStatus(), 1L, Long::sum));
		long met = shown.stream().filter(this::everMet).count();
		long paused = shown.stream().filter(Pair::paused).count();
		Map<String, String> lines = new LinkedHashMap<>();
		lines.put("Pairs and trios", String.valueOf(shown.size()));
		lines.put("Meeting rate", shown.isEmpty() ? "—"
				: Math.round(100.0 * met / shown.size()) + " % (" + met + " of " + shown.size() + " met)");
		lines.put("Statuses",
				counts.entrySet()
					.stream()
					.map((e) -> e.getKey().label() + " " + e.getValue())
					.collect(Collectors.joining(", ")));
		lines.put("Paused (unanswered follow-ups)", String.valueOf(paused));
		List<Element.Field> fields = lines.entrySet()
			.stream()
			.map((e) -> new Element.Field(e.getKey(), e.getValue()))
			.toList();
		String list = shown.stream()
			.map((pair) -> "- **" + pair.id() + "** " + TwinCards.names(pair.cities(), cities::nameOf) + " — "
					+ pair.pairStatus().label() + (pair.paused() ? " (paused)" : ""))
			.collect(Collectors.joining("\n"));
		return new Element.Section(title, list.isEmpty() ? "No published pairs yet." : list, fields);
	}

	/** Whether the pair ever reached met or beyond (a stop after meeting still met). */
	private boolean everMet(Pair pair) {
		return steps.of(pair.id())
			.stream()
			.map((step) -> PairStatus.fromId(step.status()))
			.anyMatch((status) -> !NOT_MET.contains(status) && status != PairStatus.STOPPED);
	}

}
