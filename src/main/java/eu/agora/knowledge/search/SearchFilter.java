package eu.agora.knowledge.search;

import org.jspecify.annotations.Nullable;

/**
 * What a search is limited to; each part may be {@code null} for "any".
 *
 * @param cityKey passages of this city's documents
 * @param country passages of documents from cities in this ISO country
 * @param domain passages about this domain id
 */
public record SearchFilter(@Nullable String cityKey, @Nullable String country, @Nullable String domain) {

	public static final SearchFilter NONE = new SearchFilter(null, null, null);

	public boolean isEmpty() {
		return cityKey == null && country == null && domain == null;
	}

}
