package eu.agora.knowledge.documents;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Collects a document's blocks under the stack of headings above them, as a reader walks
 * the document from top to bottom. Every heading starts a new section, even one with the
 * same path; empty headings are ignored.
 */
final class Sections {

	private final List<SectionText> done = new ArrayList<>();

	private final Deque<Heading> headings = new ArrayDeque<>();

	private List<String> path = List.of();

	private @Nullable Integer page;

	private List<Block> blocks = new ArrayList<>();

	private @Nullable String firstHeading;

	/**
	 * Opens a section under the nearest heading of a lower level.
	 */
	void heading(int level, String title) {
		String text = Whitespace.collapse(title);
		if (text.isEmpty()) {
			return;
		}
		close();
		while (!this.headings.isEmpty() && this.headings.peekLast().level() >= level) {
			this.headings.removeLast();
		}
		this.headings.addLast(new Heading(level, text));
		this.path = this.headings.stream().map(Heading::title).toList();
		if (this.firstHeading == null) {
			this.firstHeading = text;
		}
	}

	/**
	 * Opens a section with a path known from elsewhere (a PDF outline) on a page.
	 */
	void moveTo(List<String> path, @Nullable Integer page) {
		close();
		this.path = List.copyOf(path);
		this.page = page;
	}

	/**
	 * Adds a paragraph; one that goes on with a sentence the paragraph before left open
	 * (a page break in a converted document) joins it.
	 */
	void paragraph(String text) {
		String stripped = text.strip();
		if (stripped.isEmpty()) {
			return;
		}
		int last = this.blocks.size() - 1;
		if (last >= 0 && this.blocks.get(last) instanceof Block.Paragraph open && continues(open.text(), stripped)) {
			this.blocks.set(last, new Block.Paragraph(open.text() + " " + stripped));
		}
		else {
			this.blocks.add(new Block.Paragraph(stripped));
		}
	}

	private static boolean continues(String before, String next) {
		char end = before.charAt(before.length() - 1);
		return (Character.isLetter(end) || end == ',') && Character.isLowerCase(next.codePointAt(0))
				&& !before.startsWith("- ");
	}

	void table(List<String> rows) {
		if (!rows.isEmpty()) {
			this.blocks.add(new Block.Table(rows));
		}
	}

	/**
	 * @return the text of the first non-empty heading, or {@code null}
	 */
	@Nullable String firstHeading() {
		return this.firstHeading;
	}

	List<SectionText> finish() {
		close();
		return List.copyOf(this.done);
	}

	private void close() {
		if (!this.blocks.isEmpty()) {
			this.done.add(new SectionText(this.path, this.page, this.blocks));
			this.blocks = new ArrayList<>();
		}
	}

	private record Heading(int level, String title) {
	}

}
