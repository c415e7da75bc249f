package eu.agora.twinning;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin suggest <city> [count:<n>]}: the best partners for a city among all the
 * cities Agora knows, each with its score broken into its reasons. Excluded, paused and
 * opted-out cities are not suggested.
 */
@Component
class SuggestingTwins {

	static final int DEFAULT_COUNT = 5;

	static final int MAX_COUNT = 20;

	private final CityProfiles profiles;

	private final Profiles declared;

	private final Proposing proposing;

	private final Exclusions exclusions;

	private final CityDirectory cities;

	private final Clock clock;

	SuggestingTwins(CityProfiles profiles, Profiles declared, Proposing proposing, Exclusions exclusions,
			CityDirectory cities, Clock clock) {
		this.profiles = profiles;
		this.declared = declared;
		this.proposing = proposing;
		this.exclusions = exclusions;
		this.cities = cities;
		this.clock = clock;
	}

	Reply suggest(CommandCall call) {
		City city = cities.resolve(call.options().requiredText("city"));
		long count = call.options().integer("count").orElse((long) DEFAULT_COUNT);
		if (count < 1 || count > MAX_COUNT) {
			throw new UserError("`count:` is between 1 and " + MAX_COUNT + "; got " + count + ".");
		}
		List<Ranked> ranked = ranked(city);
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text("Partners for **" + city.name() + "**, best first:"));
		int rank = 1;
		for (Ranked r : ranked.subList(0, (int) Math.min(count, ranked.size()))) {
			String reasons = r.score()
				.reasons()
				.stream()
				.map((reason) -> "- " + reason.shown())
				.collect(Collectors.joining("\n"));
			elements.add(new Element.Section(
					rank++ + ". " + r.partner().name() + " — score " + Scores.plain(r.score().total()),
					reasons.isEmpty() ? "no particular reason either way" : reasons, List.of()));
		}
		if (ranked.isEmpty()) {
			elements.add(new Element.Text("No other city can be suggested now."));
		}
		return new Reply(elements, Visibility.EPHEMERAL, false);
	}

	/** A possible partner and its score. */
	private record Ranked(TwinProfile partner, PairScore score) {
	}

	/** Every other city that may be matched today, best first. */
	private List<Ranked> ranked(City city) {
		TwinProfile own = profiles.of(city.key());
		Set<String> excluded = exclusions.all().stream().map(Exclusions.Exclusion::key).collect(Collectors.toSet());
		Map<String, Profile> stored = declared.all()
			.stream()
			.collect(Collectors.toMap(Profile::cityKey, Function.identity()));
		LocalDate today = LocalDate.now(clock);
		PairScores scores = proposing.scores();
		List<Ranked> ranked = new ArrayList<>();
		for (City other : cities.all()) {
			Profile profile = stored.getOrDefault(other.key(), Profile.empty(other.key()));
			if (other.key().equals(city.key()) || excluded.contains(PairScores.key(city.key(), other.key()))
					|| !profile.available(today)) {
				continue;
			}
			TwinProfile partner = profiles.of(other, profile);
			ranked.add(new Ranked(partner, scores.score(own, partner)));
		}
		ranked.sort(
				Comparator.comparingDouble((Ranked r) -> -r.score().total()).thenComparing((r) -> r.partner().name()));
		return ranked;
	}

}
