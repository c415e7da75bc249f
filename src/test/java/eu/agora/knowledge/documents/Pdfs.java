package eu.agora.knowledge.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Builds small PDFs for tests: pages of text lines (an empty string leaves a gap between
 * paragraphs), bookmarks, a title, a password.
 */
final class Pdfs {

	private final List<List<String>> pages = new ArrayList<>();

	private final List<Bookmark> bookmarks = new ArrayList<>();

	private String title;

	private String password;

	static Pdfs pdf() {
		return new Pdfs();
	}

	Pdfs page(String... lines) {
		this.pages.add(List.of(lines));
		return this;
	}

	/**
	 * @param parent the title of an earlier bookmark to nest under, or {@code null}
	 */
	Pdfs bookmark(String title, int page, String parent) {
		this.bookmarks.add(new Bookmark(title, page, parent));
		return this;
	}

	Pdfs title(String title) {
		this.title = title;
		return this;
	}

	Pdfs password(String password) {
		this.password = password;
		return this;
	}

	byte[] bytes() {
		try (PDDocument document = new PDDocument()) {
			PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
			for (List<String> lines : this.pages) {
				PDPage page = new PDPage();
				document.addPage(page);
				try (PDPageContentStream content = new PDPageContentStream(document, page)) {
					content.beginText();
					content.setFont(font, 11);
					content.newLineAtOffset(72, 720);
					for (String line : lines) {
						if (line.isEmpty()) {
							content.newLineAtOffset(0, -28);
						}
						else {
							content.showText(line);
							content.newLineAtOffset(0, -14);
						}
					}
					content.endText();
				}
			}
			outline(document);
			if (this.title != null) {
				document.getDocumentInformation().setTitle(this.title);
			}
			if (this.password != null) {
				document.protect(new StandardProtectionPolicy("owner", this.password, new AccessPermission()));
			}
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void outline(PDDocument document) {
		if (this.bookmarks.isEmpty()) {
			return;
		}
		PDDocumentOutline outline = new PDDocumentOutline();
		List<PDOutlineItem> items = new ArrayList<>();
		for (Bookmark bookmark : this.bookmarks) {
			PDOutlineItem item = new PDOutlineItem();
			item.setTitle(bookmark.title());
			PDPageFitDestination destination = new PDPageFitDestination();
			destination.setPage(document.getPage(bookmark.page() - 1));
			item.setDestination(destination);
			items.stream()
				.filter((earlier) -> earlier.getTitle().equals(bookmark.parent()))
				.findFirst()
				.ifPresentOrElse((parent) -> parent.addLast(item), () -> outline.addLast(item));
			items.add(item);
		}
		document.getDocumentCatalog().setDocumentOutline(outline);
	}

	private record Bookmark(String title, int page, String parent) {
	}

}
