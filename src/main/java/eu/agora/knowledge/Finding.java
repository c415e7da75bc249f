package eu.agora.knowledge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.knowledge.PlacesNamed.Places;
import eu.agora.knowledge.search.KnowledgeLoading;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.SearchFilter;
import eu.agora.knowledge.search.Searching;
import eu.agora.knowledge.search.Searching.Found;

/**
 * What {@code /ask} finds for a question. The cities a question names limit the search to
 * their documents (a country it names, to that country's cities), unless the filters say
 * otherwise; a question about cities in general ("Which cities…", "Who…") is answered
 * across cities: the best passage of each city, best city first.
 */
@Component
class Finding {

	/**
	 * How many passages a question about cities in general ranks, to find many cities.
	 */
	static final int ACROSS_DEPTH = 80;

	/** How many cities such an answer lists at most (the first ones, then "more"). */
	static final int MAX_CITIES = 15;

	/** The share of the best city's evidence another city's must reach to be listed. */
	static final double CITY_EVIDENCE = 0.6;

	static final Pattern ACROSS = Pattern.compile("(?iu)^\\s*(?:(?:which|what)\\s+(?:other\\s+)?"
			+ "(?:cities|city|towns|municipalities|places|countries)\\b|(?:who|where)\\b)"
			+ "|\\b(?:which|what)\\s+(?:other\\s+)?cities\\b|\\bany\\s+cit(?:y|ies)\\b");

	private final Searching searching;

	private final PlacesNamed places;

	private final Filters filters;

	private final KnowledgeProperties properties;

	private final KnowledgeLoading loading;

	Finding(Searching searching, PlacesNamed places, Filters filters, KnowledgeProperties properties,
			KnowledgeLoading loading) {
		this.loading = loading;
		this.searching = searching;
		this.places = places;
		this.filters = filters;
		this.properties = properties;
	}

	/**
	 * The search behind an answer to {@code question}, within {@code filter}. When it is
	 * not confident, the question is searched again with its unknown words corrected to
	 * the nearest indexed ones, and the better of the two is kept.
	 */
	Result find(String question, SearchFilter filter) {
		Result asked = search(question, filter, null);
		if (asked.confidence() >= properties.minConfidence()) {
			return asked;
		}
		String corrected = searching.corrected(question);
		if (corrected.equals(question)) {
			return asked;
		}
		Result retried = search(corrected, filter, "_Searched for “" + corrected + "”._");
		return (retried.confidence() > asked.confidence()) ? retried : asked;
	}

	private Result search(String question, SearchFilter filter, @Nullable String searchedFor) {
		Places named = places.in(question);
		SearchFilter scoped = scoped(filter, named);
		boolean across = named.cityKeys().isEmpty() && ACROSS.matcher(question).find() && filter.cityKey() == null;
		int depth = across ? ACROSS_DEPTH : Searching.RANKED;
		String given = scoped.equals(filter) ? "" : String.join(" ", named.words());
		Found found = searching.find(question, given, scoped, depth);
		List<String> notices = new ArrayList<>();
		if (searchedFor != null) {
			notices.add(searchedFor);
		}
		if (found.passages().isEmpty() && !scoped.equals(filter)) {
			notices.add("_I have no documents of " + String.join(", ", names(named)) + "; here is what others say._");
			found = searching.find(question, filter, depth);
		}
		List<Passage> ranked = across ? relevant(question, bestOfEachCity(found.passages())) : found.passages();
		return new Result(question, scoped, across, ranked, found.scores(), found.confidence(),
				notices.isEmpty() ? null : String.join("\n", notices));
	}

	/**
	 * Waits for the knowledge base's loading after the start, up to
	 * {@code agora.knowledge.start-wait}.
	 * @return {@code null} when nothing was loading, else what was and how the wait ended
	 */
	@Nullable Waited awaitLoading() {
		String what = loading.underWay();
		if (what == null) {
			return null;
		}
		long started = System.nanoTime();
		boolean loaded = loading.awaitLoaded(properties.startWait());
		double seconds = (System.nanoTime() - started) / 1e9;
		return new Waited(loaded ? what : Objects.requireNonNullElse(loading.underWay(), what), loaded, seconds);
	}

	/**
	 * A question's wait for the loading after the start: {@code what} was (or, when not
	 * {@code loaded}, still is) being loaded.
	 */
	record Waited(String what, boolean loaded, double seconds) {

		/** The line an answer starts with when it had to wait. */
		String notice() {
			return String.format(Locale.ROOT,
					"_Agora was still loading its knowledge when you asked (%s); this answer waited %.1f s for it._\n",
					what, seconds);
		}

	}

	boolean rebuilding() {
		return searching.rebuilding();
	}

	String rebuildProgress() {
		return searching.rebuildProgress();
	}

	/** What an answer shows first and then pages through, for the benchmark. */
	List<Passage> shownForBenchmark(String question, SearchFilter filter) {
		List<Passage> ranked = find(question, filter).ranked();
		return ranked.subList(0, Math.min(10, ranked.size()));
	}

	private static SearchFilter scoped(SearchFilter filter, Places named) {
		if (filter.cityKey() != null || !filter.anyOfCities().isEmpty()) {
			return filter;
		}
		if (!named.cityKeys().isEmpty()) {
			return filter.withAnyOfCities(named.cityKeys());
		}
		if (filter.country() == null && !named.countries().isEmpty()) {
			return filter.withCountry(named.countries().get(0));
		}
		return filter;
	}

	private List<String> names(Places named) {
		List<String> names = new ArrayList<>();
		named.cityKeys().forEach((key) -> names.add(filters.cityName(key)));
		named.countries().forEach((code) -> names.add(Locale.of("", code).getDisplayCountry(Locale.ENGLISH)));
		return names;
	}

	/**
	 * The cities whose best sentence holds at least {@value #CITY_EVIDENCE} of the weight
	 * of the best city's: a city that only shares a common word stays out.
	 */
	private List<Passage> relevant(String question, List<Passage> cities) {
		List<Double> weights = cities.stream().map((p) -> searching.bestSentenceWeight(question, p)).toList();
		double best = weights.stream().mapToDouble(Double::doubleValue).max().orElse(0);
		List<Passage> kept = new ArrayList<>();
		for (int i = 0; i < cities.size(); i++) {
			if (weights.get(i) >= best * CITY_EVIDENCE) {
				kept.add(cities.get(i));
			}
		}
		return kept;
	}

	/** Each city's best passage, best city first; passages of no city stay out. */
	static List<Passage> bestOfEachCity(List<Passage> ranked) {
		Map<String, Passage> best = new LinkedHashMap<>();
		for (Passage passage : ranked) {
			if (passage.cityKey() != null) {
				best.putIfAbsent(passage.cityKey(), passage);
			}
		}
		if (best.isEmpty()) {
			return ranked;
		}
		return List.copyOf(best.values()).subList(0, Math.min(MAX_CITIES, best.size()));
	}

	/**
	 * What was found.
	 *
	 * @param searched the question as searched (its typos corrected, if that was better)
	 * @param filter the filter searched with: the one given, narrowed to the places named
	 * @param acrossCities whether this lists the best passage of each city
	 * @param ranked the passages, best first
	 * @param scores each passage's score, by id
	 * @param confidence between 0 and 1
	 * @param notice a line to show before the answer, or {@code null}
	 */
	record Result(String searched, SearchFilter filter, boolean acrossCities, List<Passage> ranked,
			Map<String, Double> scores, double confidence, @Nullable String notice) {

		List<String> ids() {
			return ranked.stream().map(Passage::id).toList();
		}

		List<Double> scoreList() {
			return ranked.stream().map((p) -> scores.getOrDefault(p.id(), 0.0)).toList();
		}

	}

}
