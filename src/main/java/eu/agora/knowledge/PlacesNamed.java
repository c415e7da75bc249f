package eu.agora.knowledge;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;

/**
 * The cities and countries a question names, in any spelling the directory knows
 * ({@code Łódź}, {@code Lodz}, {@code lodz's}; {@code Poland}, {@code Polska}): whole
 * words, case and diacritics ignored. A city whose name is also a common word
 * ({@code Cork}) counts only when capitalised. Countries are those of the directory's
 * cities, by their English name and their name in each city's languages.
 */
@Component
class PlacesNamed {

	static final int LONGEST_NAME = 4;

	static final Duration FRESH = Duration.ofMinutes(5);

	/** City names that are also everyday words: only capitalised they mean the city. */
	static final Set<String> COMMON_WORDS = Set.of("cork", "nice", "split", "bath", "reading", "mobile");

	private final CityDirectory directory;

	private final Clock clock;

	private volatile Names names = new Names(Map.of(), Map.of(), Instant.MIN);

	PlacesNamed(CityDirectory directory, Clock clock) {
		this.directory = directory;
		this.clock = clock;
	}

	/** The places {@code question} names, in the order they appear. */
	Places in(String question) {
		Names known = names();
		List<String> words = new ArrayList<>();
		List<Boolean> capitalised = new ArrayList<>();
		for (String word : question.split("[^\\p{L}\\p{M}]+")) {
			if (!word.isEmpty()) {
				words.add(folded(word));
				capitalised.add(Character.isUpperCase(word.codePointAt(0)));
			}
		}
		List<String> raw = new ArrayList<>();
		for (String word : question.split("[^\\p{L}\\p{M}]+")) {
			if (!word.isEmpty()) {
				raw.add(word);
			}
		}
		Set<String> cities = new LinkedHashSet<>();
		Set<String> countries = new LinkedHashSet<>();
		List<String> spoken = new ArrayList<>();
		for (int start = 0; start < words.size(); start++) {
			for (int length = Math.min(LONGEST_NAME, words.size() - start); length > 0; length--) {
				String name = String.join(" ", words.subList(start, start + length));
				String city = known.cities().get(name);
				if (city != null && (length > 1 || capitalised.get(start) || !COMMON_WORDS.contains(name))) {
					cities.add(city);
					spoken.addAll(raw.subList(start, start + length));
					start += length - 1;
					break;
				}
				String country = known.countries().get(name);
				if (country != null) {
					countries.add(country);
					spoken.addAll(raw.subList(start, start + length));
					start += length - 1;
					break;
				}
			}
		}
		return new Places(List.copyOf(cities), List.copyOf(countries), List.copyOf(spoken));
	}

	private Names names() {
		Names current = names;
		Instant now = clock.instant();
		if (current.cities().isEmpty() || current.read().plus(FRESH).isBefore(now)) {
			current = read(directory.all(), now);
			names = current;
		}
		return current;
	}

	private static Names read(List<City> all, Instant now) {
		Map<String, String> cities = new HashMap<>();
		Map<String, String> countries = new HashMap<>();
		for (City city : all) {
			List<String> spellings = new ArrayList<>(List.of(city.name(), city.localName(), city.key()));
			spellings.addAll(city.alternativeNames());
			for (String spelling : spellings) {
				cities.putIfAbsent(wordsOf(spelling), city.key());
			}
			Locale country = Locale.of("", city.country());
			countries.putIfAbsent(wordsOf(country.getDisplayCountry(Locale.ENGLISH)), city.country());
			for (String language : city.languages()) {
				countries.putIfAbsent(wordsOf(country.getDisplayCountry(Locale.of(language))), city.country());
			}
		}
		cities.remove("");
		countries.remove("");
		return new Names(Map.copyOf(cities), Map.copyOf(countries), now);
	}

	private static String wordsOf(String name) {
		List<String> words = new ArrayList<>();
		for (String word : name.split("[^\\p{L}\\p{M}]+")) {
			if (!word.isEmpty()) {
				words.add(folded(word));
			}
		}
		return String.join(" ", words);
	}

	/**
	 * Lower case without diacritics; the letters NFD does not split are mapped by hand.
	 */
	static String folded(String word) {
		String lower = word.toLowerCase(Locale.ROOT)
			.replace("ł", "l")
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ı", "i")
			.replace("þ", "th")
			.replace("ð", "d");
		return Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
	}

	/**
	 * What a question names.
	 *
	 * @param cityKeys the cities, by key
	 * @param countries the countries, as ISO codes
	 * @param words the words of the question that named them, as typed
	 */
	record Places(List<String> cityKeys, List<String> countries, List<String> words) {

	}

	private record Names(Map<String, String> cities, Map<String, String> countries, Instant read) {
	}

}
