package eu.agora.knowledge.documents;

import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of HTML as a browser lays it out: source line breaks and runs of spaces are
 * one space, {@code <br>
 * } and the end of a block element break the line, images give no text.
 */
final class HtmlText {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private HtmlText() {
	}

	/**
	 * @return the element's text, each line trimmed, without blank lines at the ends
	 */
	static String lines(Element element) {
		return Whitespace.tidyLines(inline(element)).strip();
	}

	/**
	 * @return the element's text with its outer spaces kept, for joining with loose text
	 */
	static String inline(Element element) {
		StringBuilder text = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode textNode) {
					text.append(spaced(textNode));
				}
				else if (node instanceof Element child && child.normalName().equals("br")) {
					text.append('\n');
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element child && child.isBlock() && node != element) {
					text.append('\n');
				}
			}

		}, element);
		return text.toString();
	}

	/**
	 * @return the node's text with every run of whitespace as one space
	 */
	static String spaced(TextNode node) {
		return SPACES.matcher(node.getWholeText()).replaceAll(" ");
	}

}
