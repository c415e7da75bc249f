package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * Reads HTML with jsoup: scripts, styles, navigation, page headers and footers are
 * dropped; {@code h1}–{@code h6} make the section path; paragraphs, list items and tables
 * become blocks, and loose text in a container becomes a paragraph. The title is the
 * {@code <title>}, else the first {@code
 *
<h1>}.
 */
final class HtmlPassages implements FormatReader {

	private static final String NOT_CONTENT = "script, style, nav, header, footer, noscript, template, svg";

	private static final Set<String> PARAGRAPHS = Set.of("p", "pre", "dt", "dd", "figcaption", "address", "summary",
			"legend");

	private static final Set<String> SKIPPED = Set.of("img", "picture", "video", "audio", "iframe", "object", "embed",
			"canvas", "input", "select", "textarea", "button", "head", "title", "meta", "link");

	private static final Set<String> INLINE = Set.of("a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn",
			"em", "i", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var",
			"del", "ins", "font", "label", "wbr");

	@Override
	public DocumentBody read(String fileName, byte[] content) throws UnreadableDocumentException {
		Document document = Jsoup.parse(TextDecoder.decode(fileName, content));
		String title = document.title().isBlank() ? firstH1(document) : Whitespace.collapse(document.title());
		document.select(NOT_CONTENT).remove();
		Sections sections = new Sections();
		walk(document.body(), sections);
		return new DocumentBody(title, Map.of(), sections.finish());
	}

	/**
	 * Reads a piece of HTML embedded in another format into the same sections.
	 */
	static void readFragment(String html, Sections sections) {
		Document fragment = Jsoup.parseBodyFragment(html);
		fragment.select(NOT_CONTENT).remove();
		walk(fragment.body(), sections);
	}

	/**
	 * @return the text of a piece of HTML on one line, tags stripped
	 */
	static String plainText(String html) {
		return Whitespace.collapse(Jsoup.parseBodyFragment(html).text());
	}

	private static @Nullable String firstH1(Document document) {
		Element h1 = document.selectFirst("h1");
		return (h1 != null) ? Whitespace.collapse(h1.text()) : null;
	}

	private static void walk(Element container, Sections sections) {
		StringBuilder loose = new StringBuilder();
		for (Node child : container.childNodes()) {
			if (child instanceof TextNode text) {
				loose.append(HtmlText.spaced(text));
			}
			else if (child instanceof Element element) {
				String tag = element.normalName();
				if (tag.equals("br") || INLINE.contains(tag)) {
					loose.append(HtmlText.inline(element));
				}
				else if (!SKIPPED.contains(tag)) {
					sections.paragraph(Whitespace.tidyLines(loose.toString()));
					loose.setLength(0);
					block(element, tag, sections);
				}
			}
		}
		sections.paragraph(Whitespace.tidyLines(loose.toString()));
	}

	private static void block(Element element, String tag, Sections sections) {
		if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6') {
			sections.heading(tag.charAt(1) - '0', element.text());
		}
		else if (tag.equals("pre")) {
			sections.paragraph(element.wholeText());
		}
		else if (PARAGRAPHS.contains(tag)) {
			sections.paragraph(HtmlText.lines(element));
		}
		else if (tag.equals("ul") || tag.equals("ol")) {
			sections.paragraph(String.join("\n", items(element)));
		}
		else if (tag.equals("table")) {
			table(element, sections);
		}
		else {
			walk(element, sections);
		}
	}

	private static List<String> items(Element list) {
		List<String> lines = new ArrayList<>();
		for (Element item : list.children()) {
			Element own = item.clone();
			own.select("ul, ol").remove();
			String text = Whitespace.collapse(HtmlText.lines(own));
			if (!text.isEmpty()) {
				lines.add("- " + text);
			}
			for (Element sublist : item.select("ul, ol")) {
				// a list found inside an item has a parent
				if (Objects.requireNonNull(sublist.parent()).closest("ul, ol") == list) {
					lines.addAll(items(sublist));
				}
			}
		}
		return lines;
	}

	private static void table(Element table, Sections sections) {
		Element caption = table.selectFirst("caption");
		if (caption != null && caption.closest("table") == table) {
			sections.paragraph(HtmlText.lines(caption));
		}
		List<List<String>> rows = new ArrayList<>();
		for (Element row : table.select("tr")) {
			if (row.closest("table") == table) {
				rows.add(row.children().stream().filter(HtmlPassages::isCell).map(Element::text).toList());
			}
		}
		sections.table(TableRows.render(rows, PageFurniture.none()));
	}

	private static boolean isCell(Element element) {
		return element.normalName().equals("td") || element.normalName().equals("th");
	}

}
