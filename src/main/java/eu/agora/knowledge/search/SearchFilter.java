package eu.agora.knowledge.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a search is limited to; each part may be {@code null} (or empty) for "any".
 *
 * @param cityKey passages of this city's documents
 * @param country passages of documents from cities in this ISO country
 * @param domain passages about this domain id
 * @param anyOfCities passages of any of these cities' documents (the cities a question
 * names)
 */
public record SearchFilter(@Nullable String cityKey, @Nullable String country, @Nullable String domain,
		List<String> anyOfCities) {

	public static final SearchFilter NONE = new SearchFilter(null, null, null);

	public SearchFilter {
		anyOfCities = (anyOfCities != null) ? List.copyOf(anyOfCities) : List.of();
	}

	public SearchFilter(@Nullable String cityKey, @Nullable String country, @Nullable String domain) {
		this(cityKey, country, domain, List.of());
	}

	public boolean isEmpty() {
		return cityKey == null && country == null && domain == null && anyOfCities.isEmpty();
	}

	/** This filter, also limited to the documents of any of {@code cityKeys}. */
	public SearchFilter withAnyOfCities(List<String> cityKeys) {
		return new SearchFilter(cityKey, country, domain, cityKeys);
	}

	/** This filter, also limited to {@code isoCountry}. */
	public SearchFilter withCountry(String isoCountry) {
		return new SearchFilter(cityKey, isoCountry, domain, anyOfCities);
	}

}
