package eu.agora.knowledge.documents;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a {@link FormatReader} found in a file, before it is split into passages.
 *
 * @param title the format's own title (first heading, HTML {@code <title>}, PDF info…),
 * or {@code null}
 * @param frontMatter Markdown front matter, keys in lower case; empty otherwise
 * @param sections the document's text by section, in reading order
 */
record DocumentBody(@Nullable String title, Map<String, String> frontMatter, List<SectionText> sections) {

	DocumentBody {
		frontMatter = Map.copyOf(frontMatter);
		sections = List.copyOf(sections);
	}

}
