package eu.agora.knowledge.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * A PDF's bookmarks as section paths by page: a page belongs to the last bookmark (in
 * page order, then outline order) that points at it or at a page before it, so a page
 * under a sub-bookmark gets the path of titles from the outermost bookmark down.
 */
final class PdfOutline {

	private static final int DEEPEST = 12;

	private static final int MOST_ENTRIES = 10_000;

	private final List<Entry> entries;

	private PdfOutline(List<Entry> entries) {
		this.entries = entries;
	}

	static PdfOutline of(PDDocument document) throws IOException {
		PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
		List<Entry> entries = new ArrayList<>();
		if (outline != null) {
			collect(document, outline, List.of(), entries, 0);
		}
		entries.sort(Comparator.comparingInt(Entry::page));
		return new PdfOutline(List.copyOf(entries));
	}

	/**
	 * @param page 1-based
	 * @return the path of bookmark titles, empty before the first bookmark
	 */
	List<String> pathAt(int page) {
		List<String> path = List.of();
		for (Entry entry : this.entries) {
			if (entry.page() > page) {
				break;
			}
			path = entry.path();
		}
		return path;
	}

	private static void collect(PDDocument document, PDOutlineNode node, List<String> path, List<Entry> entries,
			int depth) throws IOException {
		for (PDOutlineItem item : node.children()) {
			if (entries.size() >= MOST_ENTRIES) {
				return;
			}
			String title = Whitespace.collapse((item.getTitle() != null) ? item.getTitle() : "");
			List<String> itemPath = path;
			if (!title.isEmpty()) {
				itemPath = new ArrayList<>(path);
				itemPath.add(title);
				itemPath = List.copyOf(itemPath);
				PDPage page = item.findDestinationPage(document);
				int index = (page != null) ? document.getPages().indexOf(page) : -1;
				if (index >= 0) {
					entries.add(new Entry(index + 1, itemPath));
				}
			}
			if (depth < DEEPEST) {
				collect(document, item, itemPath, entries, depth + 1);
			}
		}
	}

	private record Entry(int page, List<String> path) {
	}

}
