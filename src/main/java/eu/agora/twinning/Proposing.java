package eu.agora.twinning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Plural;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;

/**
 * Proposes a cohort's matching for its current round: paused and opted-out cities are
 * left out with their reason, locked pairs are kept, excluded pairs and the pairs of the
 * cohort's earlier rounds are never proposed, and twins from other cohorts are penalised
 * with a weight that fades.
 */
@Component
class Proposing {

	static final String PAIRS = "pairs";

	static final String PILOTS = "pilots";

	private final CityProfiles profiles;

	private final Profiles declared;

	private final Pairs pairs;

	private final Exclusions exclusions;

	private final CityDirectory cities;

	private final TwinningProperties properties;

	private final Clock clock;

	Proposing(CityProfiles profiles, Profiles declared, Pairs pairs, Exclusions exclusions, CityDirectory cities,
			TwinningProperties properties, Clock clock) {
		this.profiles = profiles;
		this.declared = declared;
		this.pairs = pairs;
		this.exclusions = exclusions;
		this.cities = cities;
		this.properties = properties;
		this.clock = clock;
	}

	/** The scoring as of now, with every earlier twinning as a fading penalty. */
	PairScores scores() {
		Map<String, List<PairScores.PastMeeting>> past = new HashMap<>();
		for (Pair pair : pairs.all()) {
			forEachTwoOf(pair.cities(), (a, b) -> past.computeIfAbsent(PairScores.key(a, b), (k) -> new ArrayList<>())
				.add(new PairScores.PastMeeting(pair.id(), pair.cohortName(), pair.round(), pair.introducedAt())));
		}
		return new PairScores(past, clock.instant(), properties.pastPairHalfLife());
	}

	/** Pairs that are never proposed in {@code cohort}: excluded, or earlier rounds'. */
	Set<String> forbidden(Cohort cohort) {
		Set<String> forbidden = new HashSet<>();
		exclusions.all().forEach((exclusion) -> forbidden.add(exclusion.key()));
		pairs.ofCohort(cohort.id())
			.forEach((pair) -> forEachTwoOf(pair.cities(), (a, b) -> forbidden.add(PairScores.key(a, b))));
		return forbidden;
	}

	Cohort.Proposal propose(Cohort cohort, String mode, int capacity) {
		List<Cohort.Left> left = new ArrayList<>();
		List<String> rest = available(cohort, left);
		Set<String> forbidden = forbidden(cohort);
		PairScores scores = scores();
		List<Cohort.Group> groups = new ArrayList<>();
		for (List<String> lock : cohort.locks()) {
			if (rest.containsAll(lock)) {
				rest.removeAll(lock);
				groups.add(group(lock, scores, true, false));
			}
		}
		List<TwinProfile> twins = rest.stream().map(profiles::of).toList();
		if (PILOTS.equals(mode)) {
			groups.addAll(pilotGroups(cohort, twins, weights(twins, forbidden, scores), capacity, scores));
		}
		else if (twins.size() == 1) {
			String single = twins.get(0).cityKey();
			if (!joinLockedPair(single, groups, forbidden, scores)) {
				left.add(new Cohort.Left(single, "every other city is locked in a pair it may not join"));
			}
		}
		else if (!twins.isEmpty()) {
			Matchings.Result result = new Matchings(properties.candidates()).match(twins.size(),
					weights(twins, forbidden, scores));
			result.groups().forEach((members) -> groups.add(group(keys(members, twins), scores, false, false)));
			result.unmatched()
				.forEach((i) -> left.add(new Cohort.Left(twins.get(i).cityKey(),
						"every partner left is excluded or was its twin in an earlier round")));
		}
		return new Cohort.Proposal(mode, groups, left, clock.instant());
	}

	/** The cohort's cities that may be matched today; the others go to {@code left}. */
	private List<String> available(Cohort cohort, List<Cohort.Left> left) {
		LocalDate today = LocalDate.now(clock);
		List<String> available = new ArrayList<>();
		for (String city : cohort.cities()) {
			Profile profile = declared.orEmpty(city);
			if (profile.optedOut()) {
				left.add(new Cohort.Left(city, "opted out (`/twin resume` opts it in again)"));
			}
			else if (!profile.available(today)) {
				left.add(new Cohort.Left(city, "paused until " + profile.pausedUntil()));
			}
			else {
				available.add(city);
			}
		}
		if (available.size() < 2) {
			throw new UserError(
					"Only " + available.size() + " of " + cohort.name()
							+ "'s cities can be matched now; a matching needs at least two.",
					"Add cities with `/twin cohort add " + RunningCohorts.quoted(cohort.name())
							+ " <city>…`, or resume paused ones with `/twin resume <city>`.");
		}
		return available;
	}

	private static Matchings.Weights weights(List<TwinProfile> twins, Set<String> forbidden, PairScores scores) {
		return (i, j) -> forbidden.contains(PairScores.key(twins.get(i).cityKey(), twins.get(j).cityKey())) ? Double.NaN
				: scores.total(twins.get(i), twins.get(j));
	}

	private List<Cohort.Group> pilotGroups(Cohort cohort, List<TwinProfile> twins, Matchings.Weights weights,
			int capacity, PairScores scores) {
		List<Integer> pilots = new ArrayList<>();
		List<Integer> others = new ArrayList<>();
		for (int i = 0; i < twins.size(); i++) {
			(twins.get(i).pilot() ? pilots : others).add(i);
		}
		if (pilots.isEmpty()) {
			throw new UserError(cohort.name() + " has no pilot city.",
					"Mark pilots with `/twin profile set city:<city> pilot:yes`, or match with `mode:pairs`.");
		}
		if (others.size() < pilots.size()) {
			throw new UserError(
					cohort.name() + " has " + pilots.size() + " pilots but only " + others.size()
							+ " other cities: every pilot needs at least one twin.",
					"Add cities, or match with `mode:pairs`.");
		}
		int needed = (others.size() + pilots.size() - 1) / pilots.size();
		if (needed > capacity) {
			throw new UserError(
					Plural.of(pilots.size(), "pilot") + " with " + Plural.of(capacity, "twin") + " each cannot take "
							+ Plural.of(others.size(), "city", "cities") + ".",
					"Give `capacity:" + needed + "`, or mark more pilots.");
		}
		List<int[]> assigned = PilotMatchings.match(pilots, others, weights, capacity);
		if (assigned.isEmpty()) {
			throw new UserError("The exclusions and earlier rounds leave no way to give every pilot its twins.",
					"Raise `capacity:`, or match with `mode:pairs`.");
		}
		return assigned.stream().map((members) -> group(keys(members, twins), scores, false, true)).toList();
	}

	/** The one city not locked joins the locked pair it adds most to, as a trio. */
	private boolean joinLockedPair(String single, List<Cohort.Group> groups, Set<String> forbidden, PairScores scores) {
		TwinProfile alone = profiles.of(single);
		int best = -1;
		double gain = Double.NEGATIVE_INFINITY;
		for (int g = 0; g < groups.size(); g++) {
			List<String> members = groups.get(g).cities();
			if (members.size() != 2
					|| members.stream().anyMatch((m) -> forbidden.contains(PairScores.key(m, single)))) {
				continue;
			}
			double added = members.stream().mapToDouble((m) -> scores.total(alone, profiles.of(m))).sum();
			if (added > gain) {
				gain = added;
				best = g;
			}
		}
		if (best < 0) {
			return false;
		}
		List<String> trio = new ArrayList<>(groups.get(best).cities());
		trio.add(single);
		groups.set(best, group(trio, scores, true, false));
		return true;
	}

	private static List<String> keys(int[] members, List<TwinProfile> twins) {
		List<String> keys = new ArrayList<>();
		for (int member : members) {
			keys.add(twins.get(member).cityKey());
		}
		return keys;
	}

	/**
	 * A group with its score and reasons (for a trio, each pair's, named); with
	 * {@code hub}, only the pairs of the first member (a pilot) with each other.
	 */
	Cohort.Group group(List<String> members, PairScores scores, boolean locked, boolean hub) {
		List<TwinProfile> twins = members.stream().map(profiles::of).toList();
		List<String> reasons = new ArrayList<>();
		double[] total = { 0 };
		forEachTwoOf(members, (a, b) -> {
			if (hub && !a.equals(members.get(0))) {
				return;
			}
			TwinProfile pa = twins.get(members.indexOf(a));
			TwinProfile pb = twins.get(members.indexOf(b));
			PairScore score = scores.score(pa, pb);
			total[0] += score.total();
			String prefix = (members.size() > 2) ? pa.name() + " & " + pb.name() + ": " : "";
			score.reasons().forEach((reason) -> reasons.add(prefix + reason.shown()));
		});
		if (locked) {
			reasons.add("locked together by the organisers");
		}
		return new Cohort.Group(members, Math.round(total[0] * 100) / 100.0, reasons, locked);
	}

	/** The city's name, for replies. */
	String name(String cityKey) {
		return cities.nameOf(cityKey);
	}

	static void forEachTwoOf(List<String> members, BiConsumer<String, String> action) {
		for (int a = 0; a < members.size(); a++) {
			for (int b = a + 1; b < members.size(); b++) {
				action.accept(members.get(a), members.get(b));
			}
		}
	}

}
