package eu.agora.digest;

import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import eu.agora.commitments.CommitmentActivity.CommitmentState;
import eu.agora.commitments.CommitmentActivity.CommitmentStep;
import eu.agora.digest.CommitmentTimeline.AsOf;

/**
 * The commitments section of a digest and its chart: new, progress, overdue, stale, at
 * risk and awaiting re-affirmation, each against last week; statuses over nine weeks; the
 * places with most open commitments, now against eight weeks ago.
 */
final class CommitmentsReport {

	static final int WEEKS = 9;

	static final List<String> STATUSES = List.of("planned", "in-progress", "at-risk", "achieved");

	private static final int EXAMPLES = 2;

	private static final int PLACES = 10;

	private CommitmentsReport() {
	}

	static Digest.Section section(CommitmentTimeline timeline, List<CommitmentStep> steps, Instant to, ZoneId zone) {
		Instant from = to.minus(Digest.WEEK);
		Instant before = from.minus(Digest.WEEK);
		List<Digest.Item> items = new ArrayList<>();
		List<CommitmentStep> thisWeek = within(steps, from, to);
		List<CommitmentStep> lastWeek = within(steps, before, from);
		items.add(stepItem("new", created(thisWeek), created(lastWeek)));
		items.add(stepItem("with progress", progressed(thisWeek), progressed(lastWeek)));
		List<AsOf> now = timeline.at(to, zone);
		List<AsOf> then = timeline.at(from, zone);
		items.add(stateItem("overdue", now, then, AsOf::overdue));
		items.add(stateItem("stale (no update in 90 days)", now, then, AsOf::stale));
		items.add(stateItem("at risk", now, then, (c) -> "at-risk".equals(c.status())));
		items.add(stateItem("awaiting re-affirmation", now, then, AsOf::awaiting));
		return new Digest.Section("Commitments", items);
	}

	/** Whether anything happened to commitments in the week. */
	static boolean active(List<CommitmentStep> steps, Instant to) {
		return !within(steps, to.minus(Digest.WEEK), to).isEmpty();
	}

	static Digest.ChartData chart(String title, CommitmentTimeline timeline, Instant to, ZoneId zone,
			Function<String, String> placeOfCity) {
		List<String> weeks = new ArrayList<>();
		Map<String, List<Integer>> counts = new LinkedHashMap<>();
		STATUSES.forEach((status) -> counts.put(status, new ArrayList<>()));
		for (int back = WEEKS - 1; back >= 0; back--) {
			Instant end = to.minus(Digest.WEEK.multipliedBy(back));
			weeks.add("W" + end.atZone(zone).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
			Map<String, Long> byStatus = timeline.at(end, zone)
				.stream()
				.collect(Collectors.groupingBy(AsOf::status, Collectors.counting()));
			counts.forEach((status, list) -> list.add(byStatus.getOrDefault(status, 0L).intValue()));
		}
		List<Digest.Series> series = counts.entrySet()
			.stream()
			.map((e) -> new Digest.Series(e.getKey(), e.getValue()))
			.toList();
		Map<String, Long> openNow = openByPlace(timeline.at(to, zone), placeOfCity);
		Map<String, Long> openThen = openByPlace(timeline.at(to.minus(Digest.WEEK.multipliedBy(WEEKS - 1)), zone),
				placeOfCity);
		List<String> places = openNow.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
			.limit(PLACES)
			.map(Map.Entry::getKey)
			.toList();
		return new Digest.ChartData(title, weeks, series, places,
				places.stream().map((p) -> openThen.getOrDefault(p, 0L).intValue()).toList(),
				places.stream().map((p) -> openNow.getOrDefault(p, 0L).intValue()).toList());
	}

	private static Map<String, Long> openByPlace(List<AsOf> states, Function<String, String> placeOfCity) {
		return states.stream()
			.filter(AsOf::open)
			.collect(Collectors.groupingBy((c) -> placeOfCity.apply(c.state().cityKey()), Collectors.counting()));
	}

	private static Digest.Item stepItem(String what, List<CommitmentStep> now, List<CommitmentStep> then) {
		List<String> ids = now.stream().map(CommitmentStep::commitmentId).distinct().toList();
		long thenCount = then.stream().map(CommitmentStep::commitmentId).distinct().count();
		String examples = now.stream()
			.collect(Collectors.toMap(CommitmentStep::commitmentId, CommitmentStep::title, (a, b) -> b,
					LinkedHashMap::new))
			.entrySet()
			.stream()
			.limit(EXAMPLES)
			.map((e) -> e.getKey() + " " + e.getValue())
			.collect(Collectors.joining("; "));
		return item(ids.size(), what, examples, thenCount, ids.isEmpty() ? null : ids.get(0));
	}

	private static Digest.Item stateItem(String what, List<AsOf> now, List<AsOf> then, Predicate<AsOf> which) {
		List<CommitmentState> matching = now.stream()
			.filter(which)
			.map(AsOf::state)
			.sorted(Comparator.comparing(CommitmentState::deadline))
			.toList();
		String examples = matching.stream()
			.limit(EXAMPLES)
			.map((c) -> c.id() + " " + c.title())
			.collect(Collectors.joining("; "));
		long thenCount = then.stream().filter(which).count();
		return item(matching.size(), what, examples, thenCount, matching.isEmpty() ? null : matching.get(0).id());
	}

	private static Digest.Item item(long count, String what, String examples, long thenCount, @Nullable String first) {
		String text = "**" + count + "** " + what + (examples.isEmpty() ? "" : " — " + examples);
		return new Digest.Item(text, Changes.since(count, thenCount), (first == null) ? null : "/commit show " + first);
	}

	private static List<CommitmentStep> created(List<CommitmentStep> steps) {
		return steps.stream().filter((s) -> "created".equals(s.type())).toList();
	}

	private static List<CommitmentStep> progressed(List<CommitmentStep> steps) {
		return steps.stream().filter(CommitmentStep::progressed).toList();
	}

	static List<CommitmentStep> within(List<CommitmentStep> steps, Instant from, Instant to) {
		return steps.stream().filter((s) -> !s.at().isBefore(from) && s.at().isBefore(to)).toList();
	}

}
