package eu.agora.knowledge.documents;

import java.util.List;
import java.util.Map;

/**
 * A document read from a file: its title, front matter, language and passages in order.
 *
 * @param title front matter {@code title}, else the format's own title, else the file
 * name without its extension
 * @param frontMatter the simple {@code key: value} pairs of a Markdown front matter, keys
 * in lower case, list values joined with {@code ,}; empty for other formats
 * @param language an ISO 639-1 code: front matter {@code language}, else detected
 * @param passages the citable passages in reading order, never empty
 */
public record ParsedDocument(String title, Map<String, String> frontMatter, String language,
		List<PassageDraft> passages) {

	public ParsedDocument {
		frontMatter = Map.copyOf(frontMatter);
		passages = List.copyOf(passages);
	}

}
