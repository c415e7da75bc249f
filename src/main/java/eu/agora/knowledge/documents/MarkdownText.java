package eu.agora.knowledge.documents;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/**
 * The plain text of a Markdown node's inline content: emphasis and links give their text,
 * images and inline HTML tags are dropped, entities are already decoded by the parser.
 */
final class MarkdownText {

	private static final Pattern BREAK_TAG = Pattern.compile("(?i)<br\\s*/?>");

	private MarkdownText() {
	}

	/**
	 * @return the text on one line
	 */
	static String text(Node node) {
		return Whitespace.collapse(render(node));
	}

	/**
	 * @return the text's lines as written (soft and hard line breaks), trimmed
	 */
	static List<String> lines(Node node) {
		return Arrays.asList(Whitespace.tidyLines(render(node)).split("\n"));
	}

	private static String render(Node node) {
		Collector collector = new Collector();
		node.accept(collector);
		return collector.text.toString();
	}

	private static final class Collector extends AbstractVisitor {

		private final StringBuilder text = new StringBuilder();

		@Override
		public void visit(Text node) {
			this.text.append(node.getLiteral());
		}

		@Override
		public void visit(Code node) {
			this.text.append(node.getLiteral());
		}

		@Override
		public void visit(SoftLineBreak node) {
			this.text.append('\n');
		}

		@Override
		public void visit(HardLineBreak node) {
			this.text.append('\n');
		}

		@Override
		public void visit(HtmlInline node) {
			if (BREAK_TAG.matcher(node.getLiteral()).matches()) {
				this.text.append('\n');
			}
		}

		@Override
		public void visit(Image node) {
			// an image has no text to cite; its alt text is usually a file name
		}

	}

}
