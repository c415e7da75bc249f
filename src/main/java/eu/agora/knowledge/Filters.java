package eu.agora.knowledge;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Options;
import eu.agora.conversation.Suggestions;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.knowledge.search.SearchFilter;

/**
 * Reads the {@code city:}, {@code country:} and {@code domain:} options of a question;
 * anything unknown is a clear reply with the nearest names.
 */
@Component
class Filters {

	private static final Map<String, String> COUNTRIES = countries();

	private final CityDirectory cities;

	Filters(CityDirectory cities) {
		this.cities = cities;
	}

	SearchFilter from(Options options) {
		String city = options.text("city")
			.filter((text) -> !text.isBlank())
			.map((name) -> cities.resolve(name).key())
			.orElse(null);
		String country = options.text("country").filter((text) -> !text.isBlank()).map(Filters::country).orElse(null);
		String domain = options.text("domain").filter((text) -> !text.isBlank()).map(Filters::domain).orElse(null);
		return new SearchFilter(city, country, domain);
	}

	String cityName(String cityKey) {
		return cities.nameOf(cityKey);
	}

	/** An ISO code ({@code PL}) or an English name ({@code Poland}) to the ISO code. */
	static String country(String typed) {
		String text = typed.strip();
		if (text.length() == 2 && COUNTRIES.containsValue(text.toUpperCase(Locale.ROOT))) {
			return text.toUpperCase(Locale.ROOT);
		}
		return Optional.ofNullable(COUNTRIES.get(text.toLowerCase(Locale.ROOT)))
			.orElseThrow(() -> new UserError(
					"I don't know the country “" + text + "”. "
							+ Suggestions.didYouMean(text,
									COUNTRIES.keySet().stream().map(Filters::capitalised).toList(), ""),
					"Give its ISO code, e.g. `country:PL`, or its English name, e.g. `country:Poland`."));
	}

	static String domain(String typed) {
		return Domain.parse(typed)
			.map(Domain::id)
			.orElseThrow(() -> new UserError(
					"There is no domain “" + typed.strip() + "”. " + Suggestions.didYouMean(typed, Domain.ids(), ""),
					"The domains are: " + String.join(", ", Domain.ids()) + "."));
	}

	private static Map<String, String> countries() {
		Map<String, String> byName = new TreeMap<>();
		Arrays.stream(Locale.getISOCountries())
			.forEach((code) -> byName
				.put(Locale.of("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code));
		return Map.copyOf(byName);
	}

	private static String capitalised(String name) {
		return name.isEmpty() ? name : Character.toUpperCase(name.charAt(0)) + name.substring(1);
	}

}
