package eu.agora.knowledge.documents;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.commonmark.ext.front.matter.YamlFrontMatterVisitor;
import org.commonmark.node.Node;

/**
 * The simple {@code key: value} pairs of a Markdown file's YAML front matter: keys in
 * lower case, quotes dropped, a list (block or {@code [a, b]}) joined with {@code ,}.
 */
final class FrontMatter {

	private FrontMatter() {
	}

	static Map<String, String> of(Node document) {
		YamlFrontMatterVisitor visitor = new YamlFrontMatterVisitor();
		document.accept(visitor);
		Map<String, String> pairs = new LinkedHashMap<>();
		visitor.getData().forEach((key, values) -> pairs.put(key.strip().toLowerCase(Locale.ROOT), value(values)));
		return pairs;
	}

	private static String value(List<String> values) {
		return values.stream()
			.flatMap(FrontMatter::items)
			.map(FrontMatter::unquote)
			.filter((item) -> !item.isEmpty())
			.collect(Collectors.joining(","));
	}

	private static Stream<String> items(String value) {
		String stripped = value.strip();
		if (stripped.startsWith("[") && stripped.endsWith("]")) {
			return Stream.of(stripped.substring(1, stripped.length() - 1).split(","));
		}
		return Stream.of(stripped);
	}

	private static String unquote(String item) {
		String stripped = item.strip();
		if (stripped.length() >= 2 && (stripped.charAt(0) == '"' || stripped.charAt(0) == '\'')
				&& stripped.charAt(stripped.length() - 1) == stripped.charAt(0)) {
			return stripped.substring(1, stripped.length() - 1).strip();
		}
		return stripped;
	}

}
