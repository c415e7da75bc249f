package eu.agora.directory;

import java.text.Normalizer;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;

/**
 * Finds cities by name the way people type them: case, diacritics, hyphens and the German
 * "ue" for "ü" never matter, and English, local and alternative names all count.
 * Immutable; rebuilt when the city list changes.
 */
final class CityNames {

	private final Map<String, Set<String>> keysByName = new HashMap<>();

	private final Map<String, City> citiesByKey = new HashMap<>();

	CityNames(Collection<City> cities) {
		for (City city : cities) {
			citiesByKey.put(city.key(), city);
			spellings(city)
				.forEach((spelling) -> keysByName.computeIfAbsent(spelling, (unused) -> new LinkedHashSet<>())
					.add(city.key()));
		}
	}

	City resolve(String typed) {
		City byKey = citiesByKey.get(typed.strip().toLowerCase(Locale.ROOT));
		if (byKey != null) {
			// a key is unique: the hint for an ambiguous name names keys, and each works
			return byKey;
		}
		String probe = normalize(typed);
		Set<String> keys = keysByName.getOrDefault(probe, Set.of());
		if (keys.size() == 1) {
			// every key in keysByName is a key of citiesByKey
			return Objects.requireNonNull(citiesByKey.get(keys.iterator().next()));
		}
		if (keys.size() > 1) {
			List<String> options = keys.stream().map(citiesByKey::get).map(CityNames::describe).sorted().toList();
			throw new UserError("\"" + typed + "\" could be " + String.join(" or ", options) + ".",
					"Use the city key instead: " + String.join(", ", keys) + ".");
		}
		List<String> near = Suggestions.nearest(probe, keysByName.keySet(), 5)
			.stream()
			.flatMap((name) -> keysByName.getOrDefault(name, Set.of()).stream())
			.distinct()
			.limit(3)
			.map(citiesByKey::get)
			.map(City::name)
			.toList();
		String suggestion = near.isEmpty() ? "" : " Did you mean " + String.join(" or ", near) + "?";
		throw new UserError("I don't know a city called \"" + typed + "\"." + suggestion,
				"Type `/city list` to see every city Agora knows.");
	}

	/** Lower case, no diacritics, letters like ł and ø folded, punctuation as spaces. */
	static String normalize(String text) {
		String folded = text.toLowerCase(Locale.ROOT)
			.replace("ł", "l")
			.replace("ø", "o")
			.replace("æ", "ae")
			.replace("œ", "oe")
			.replace("ß", "ss")
			.replace("đ", "d")
			.replace("ð", "d")
			.replace("þ", "th")
			.replace("ı", "i");
		String stripped = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
		return stripped.replaceAll("[\\p{Punct}\\s’‘]+", " ").strip();
	}

	/** The German transliteration, where ü is written ue: München → muenchen. */
	static String transliterate(String text) {
		return normalize(text.toLowerCase(Locale.ROOT).replace("ü", "ue").replace("ö", "oe").replace("ä", "ae"));
	}

	private static Stream<String> spellings(City city) {
		Stream<String> names = Stream.concat(Stream.of(city.key(), city.name(), city.localName()),
				city.alternativeNames().stream());
		return names.flatMap((name) -> Stream.of(normalize(name), transliterate(name))).distinct();
	}

	private static String describe(City city) {
		return city.name() + " (" + city.country() + ")";
	}

}
