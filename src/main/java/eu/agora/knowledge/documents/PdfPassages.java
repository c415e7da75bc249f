package eu.agora.knowledge.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jspecify.annotations.Nullable;

/**
 * Reads a PDF with PDFBox, page by page so that every passage knows its page: paragraphs
 * come from the text stripper's paragraph breaks and blank lines, wrapped lines are
 * joined, running headers and page numbers dropped; the section path comes from the
 * bookmarks. The title is the document information's title, else the first line of page
 * one.
 */
final class PdfPassages implements FormatReader {

	private static final int LONGEST_TITLE = 120;

	@Override
	public DocumentBody read(String fileName, byte[] content) throws UnreadableDocumentException {
		try (PDDocument document = Loader.loadPDF(content)) {
			List<String> pages = pages(document);
			Sections sections = new Sections();
			PdfOutline outline = PdfOutline.of(document);
			PageFurniture furniture = PageFurniture
				.of(pages.stream().flatMap((page) -> page.lines().map(String::strip)).toList());
			for (int page = 1; page <= pages.size(); page++) {
				sections.moveTo(outline.pathAt(page), page);
				for (String paragraph : pages.get(page - 1).split("\\n\\s*\\n")) {
					sections.paragraph(WrappedLines.join(furniture.strip(paragraph.lines().toList())));
				}
			}
			return new DocumentBody(title(document, pages), Map.of(), sections.finish());
		}
		catch (InvalidPasswordException locked) {
			throw unreadable(fileName, "it needs a password to open");
		}
		catch (IOException | RuntimeException damaged) {
			throw unreadable(fileName, (damaged.getMessage() != null) ? damaged.getMessage() : damaged.toString());
		}
	}

	private static UnreadableDocumentException unreadable(String fileName, String reason) {
		String because = reason.strip().replaceAll("[.\\s]+$", "");
		return new UnreadableDocumentException(fileName + " is not a readable PDF (damaged or password-protected): "
				+ because + ". Export it again from the original, or save an unprotected copy (e.g. print to PDF),"
				+ " and upload that.");
	}

	private static List<String> pages(PDDocument document) throws IOException {
		PDFTextStripper stripper = new PDFTextStripper();
		stripper.setLineSeparator("\n");
		stripper.setParagraphStart("\n");
		List<String> pages = new ArrayList<>();
		for (int page = 1; page <= document.getNumberOfPages(); page++) {
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			pages.add(stripper.getText(document));
		}
		return pages;
	}

	private static @Nullable String title(PDDocument document, List<String> pages) {
		PDDocumentInformation information = document.getDocumentInformation();
		if (information.getTitle() != null && !information.getTitle().isBlank()) {
			return Whitespace.collapse(information.getTitle());
		}
		return pages.isEmpty() ? null : FirstLine.of(pages.get(0), LONGEST_TITLE);
	}

}
