package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.commonmark.ext.front.matter.YamlFrontMatterBlock;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.parser.Parser;

/**
 * Reads Markdown with GitHub tables and YAML front matter: headings make the section
 * path, paragraphs lose their markup, list items become {@code - item} lines, tables
 * become rows, embedded HTML is read by {@link HtmlPassages}. The title is the first
 * heading.
 */
final class MarkdownPassages implements FormatReader {

	/**
	 * Converted documents put heading marks in cells, where Markdown leaves them as text.
	 */
	private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}(\\s+|$)");

	/**
	 * A table's delimiter row left in a paragraph, where its column count did not match.
	 */
	private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{3,}:?\\s*(\\|\\s*:?-{3,}:?\\s*)*\\|?$");

	/**
	 * Fences that converters wrap round document text, not round code.
	 */
	private static final Set<String> TEXT_FENCES = Set.of("markdown", "md", "html", "htm", "xhtml");

	private static final Parser PARSER = Parser.builder()
		.extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create()))
		.build();

	@Override
	public DocumentBody read(String fileName, byte[] content) throws UnreadableDocumentException {
		String source = TextDecoder.decode(fileName, content);
		Node document = PARSER.parse(source);
		Sections sections = new Sections();
		new Walk(sections, PageFurniture.of(source.lines().toList())).children(document);
		return new DocumentBody(sections.firstHeading(), FrontMatter.of(document), sections.finish());
	}

	/**
	 * One pass over a parsed document.
	 */
	private record Walk(Sections sections, PageFurniture furniture) {

		void children(Node parent) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
				block(child);
			}
		}

		private void block(Node node) {
			switch (node) {
				case YamlFrontMatterBlock frontMatter -> {
					// read by FrontMatter; it is no part of any passage
				}
				case Heading heading -> this.sections.heading(heading.getLevel(), MarkdownText.text(heading));
				case Paragraph paragraph -> this.sections.paragraph(prose(MarkdownText.lines(paragraph)));
				case ListBlock list -> this.sections.paragraph(String.join("\n", items(list)));
				case FencedCodeBlock code when holdsDocumentText(code) -> children(PARSER.parse(code.getLiteral()));
				case FencedCodeBlock code -> this.sections.paragraph(code.getLiteral());
				case IndentedCodeBlock code -> this.sections.paragraph(prose(code.getLiteral().lines().toList()));
				case HtmlBlock html -> HtmlPassages.readFragment(html.getLiteral(), this.sections);
				case TableBlock table -> this.sections.table(TableRows.render(rows(table), this.furniture));
				default -> children(node);
			}
		}

		private String prose(List<String> lines) {
			List<String> text = lines.stream().filter((line) -> !TABLE_RULE.matcher(line).matches()).toList();
			return WrappedLines.join(this.furniture.strip(text));
		}

		/**
		 * A fence labelled Markdown or HTML, or one never closed, is a converter's
		 * artefact round the document's own text: it is read as Markdown, not kept as
		 * code.
		 */
		private static boolean holdsDocumentText(FencedCodeBlock code) {
			String language = code.getInfo() == null ? "" : code.getInfo().strip().toLowerCase(Locale.ROOT);
			return code.getClosingFenceLength() == null || TEXT_FENCES.contains(language);
		}

		private List<String> items(ListBlock list) {
			List<String> lines = new ArrayList<>();
			for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
				List<String> nested = new ArrayList<>();
				StringBuilder own = new StringBuilder();
				for (Node part = item.getFirstChild(); part != null; part = part.getNext()) {
					if (part instanceof ListBlock sublist) {
						nested.addAll(items(sublist));
					}
					else {
						own.append(' ').append(itemText(part));
					}
				}
				String text = Whitespace.collapse(own.toString());
				if (item instanceof ListItem && !text.isEmpty()) {
					lines.add("- " + text);
				}
				lines.addAll(nested);
			}
			return lines;
		}

		private static String itemText(Node part) {
			return switch (part) {
				case FencedCodeBlock code -> code.getLiteral();
				case IndentedCodeBlock code -> code.getLiteral();
				case HtmlBlock html -> HtmlPassages.plainText(html.getLiteral());
				default -> MarkdownText.text(part);
			};
		}

		private static List<List<String>> rows(TableBlock table) {
			List<List<String>> rows = new ArrayList<>();
			collectRows(table, rows);
			return rows;
		}

		private static void collectRows(Node parent, List<List<String>> rows) {
			for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
				if (child instanceof TableRow row) {
					List<String> cells = new ArrayList<>();
					for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
						cells.add(HEADING_MARK.matcher(MarkdownText.text(cell)).replaceFirst(""));
					}
					rows.add(cells);
				}
				else {
					collectRows(child, rows);
				}
			}
		}

	}

}
