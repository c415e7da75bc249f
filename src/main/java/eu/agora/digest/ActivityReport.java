package eu.agora.digest;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import eu.agora.conversation.Plural;
import eu.agora.coordination.EscalationsWaiting;
import eu.agora.coordination.Scope;
import eu.agora.directory.City;
import eu.agora.knowledge.KnowledgeGaps.OpenGap;
import eu.agora.panels.PanelOutcomePublished;
import eu.agora.twinning.TwinningActivity.TwinningStep;

/**
 * The digest's sections beyond commitments: panel outcomes, twinning, knowledge gaps,
 * escalations waiting and the cities with no activity — each against last week.
 */
final class ActivityReport {

	static final Duration QUIET = Duration.ofDays(28);

	static final String COORDINATORS = "coordinators";

	private static final int EXAMPLES = 3;

	private ActivityReport() {
	}

	static Digest.Section outcomes(List<PanelOutcomePublished> outcomes, Instant to) {
		Instant from = to.minus(Digest.WEEK);
		List<PanelOutcomePublished> now = outcomes.stream().filter((o) -> within(o.publishedAt(), from, to)).toList();
		long then = outcomes.stream().filter((o) -> within(o.publishedAt(), from.minus(Digest.WEEK), from)).count();
		List<Digest.Item> items = new ArrayList<>();
		items.add(new Digest.Item("**" + now.size() + "** published by panels with a member city here",
				Changes.since(now.size(), then), null));
		now.stream()
			.limit(EXAMPLES)
			.forEach((o) -> items
				.add(new Digest.Item(o.panel() + " — “" + o.topic() + "”", "new", "/panel outcomes " + o.panel())));
		return new Digest.Section("Panel outcomes", items);
	}

	static Digest.Section twinning(List<TwinningStep> steps, Instant to) {
		Instant from = to.minus(Digest.WEEK);
		List<Digest.Item> items = new ArrayList<>();
		for (String[] status : new String[][] { { "introduced", "pair introduced", "pairs introduced" },
				{ "met", "pair met", "pairs met" }, { "replication-plan", "replication plan", "replication plans" } }) {
			List<TwinningStep> now = steps.stream()
				.filter((s) -> s.status().equals(status[0]) && within(s.at(), from, to))
				.toList();
			long then = steps.stream()
				.filter((s) -> s.status().equals(status[0]) && within(s.at(), from.minus(Digest.WEEK), from))
				.count();
			String examples = now.stream().limit(EXAMPLES).map(TwinningStep::pairId).collect(Collectors.joining(", "));
			items.add(new Digest.Item(
					"**" + now.size() + "** " + Plural.noun(now.size(), status[1], status[2])
							+ (examples.isEmpty() ? "" : " — " + examples),
					Changes.since(now.size(), then), now.isEmpty() ? null : "/twin show " + now.get(0).pairId()));
		}
		return new Digest.Section("Twinning", items);
	}

	/** Gaps of the scope's cities open for more than a week, or routed to this scope. */
	static List<OpenGap> gapsOf(List<OpenGap> open, Scope scope, Set<String> cityKeys, Instant to) {
		Instant weekAgo = to.minus(Digest.WEEK);
		return open.stream().filter((gap) -> {
			boolean here = gap.cityKeys().stream().anyMatch(cityKeys::contains)
					|| (gap.cityKeys().isEmpty() && scope.kind() == Scope.Kind.EU);
			boolean routedHere = (scope.kind() == Scope.Kind.PANEL
					&& gap.routedTo().contains(scope.key().substring("panel:".length())))
					|| (here && gap.routedTo().contains(COORDINATORS));
			return (here && gap.createdAt().isBefore(weekAgo)) || routedHere;
		}).toList();
	}

	static Digest.Section gaps(List<OpenGap> gaps, Instant to) {
		Instant weekAgo = to.minus(Digest.WEEK);
		long then = gaps.stream().filter((gap) -> gap.createdAt().isBefore(weekAgo.minus(Digest.WEEK))).count();
		List<Digest.Item> items = new ArrayList<>();
		items.add(new Digest.Item(
				"**" + gaps.size() + "** " + Plural.noun(gaps.size(), "question", "questions")
						+ " the knowledge base could not answer",
				Changes.since(gaps.size(), then), gaps.isEmpty() ? null : "/knowledge gaps"));
		gaps.stream()
			.limit(EXAMPLES)
			.forEach(
					(gap) -> items.add(new Digest.Item(
							gap.id() + " “" + shorten(gap.question()) + "” ("
									+ Changes.plural(gap.askers(), "asker", "askers") + ")",
							"open since " + day(gap.createdAt()), "/knowledge gaps")));
		return new Digest.Section("Knowledge gaps", items);
	}

	static Digest.Section escalations(List<EscalationsWaiting.Waiting> waiting, Instant to) {
		long then = waiting.stream().filter((e) -> e.since().isBefore(to.minus(Digest.WEEK))).count();
		List<Digest.Item> items = new ArrayList<>();
		items.add(
				new Digest.Item(
						"**" + waiting.size() + "** "
								+ Plural.noun(waiting.size(), "question from cities waits",
										"questions from cities wait")
								+ " for an answer here",
						Changes.since(waiting.size(), then), waiting.isEmpty() ? null : "/escalations"));
		Set<String> shown = new HashSet<>();
		for (EscalationsWaiting.Waiting e : waiting) {
			if (shown.size() >= EXAMPLES) {
				break;
			}
			shown.add(e.id());
			String alike = (e.alike() > 0) ? " (+" + e.alike() + " alike)" : "";
			items.add(new Digest.Item(e.id() + " “" + shorten(e.question()) + "”" + alike, "asked " + day(e.since()),
					"/escalation answer " + e.id() + " \"…\""));
		}
		return new Digest.Section("Escalations waiting", items);
	}

	static Digest.Section quiet(List<City> quietNow, long quietThen) {
		String names = quietNow.stream().limit(5).map(City::name).collect(Collectors.joining(", "));
		String more = (quietNow.size() > 5) ? " and " + (quietNow.size() - 5) + " more" : "";
		return new Digest.Section("Cities with no activity in 4 weeks",
				List.of(new Digest.Item("**" + quietNow.size() + "**" + (names.isEmpty() ? "" : " — " + names + more),
						Changes.since(quietNow.size(), quietThen),
						quietNow.isEmpty() ? null : "/city show " + quietNow.get(0).name())));
	}

	static boolean within(Instant at, Instant from, Instant to) {
		return !at.isBefore(from) && at.isBefore(to);
	}

	private static String day(Instant at) {
		return at.toString().substring(0, 10);
	}

	private static String shorten(String text) {
		return (text.length() <= 70) ? text : text.substring(0, 69) + "…";
	}

}
