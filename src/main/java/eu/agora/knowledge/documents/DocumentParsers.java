package eu.agora.knowledge.documents;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads Markdown ({@code .md .markdown}), plain text ({@code .txt .text}), HTML
 * ({@code .html .htm}) and PDF ({@code .pdf}) into a titled document split into citable
 * passages, with its front matter and language.
 */
public class DocumentParsers {

	private static final String FORMATS = "use Markdown (.md), plain text (.txt), HTML (.html) or PDF (.pdf)";

	private static final int LANGUAGE_SAMPLE_CHARS = 20_000;

	/** By extension; the readers keep no state between files. */
	private static final Map<String, FormatReader> READERS = readers();

	/**
	 * @return whether a file of this name can be read, by its extension in any case
	 */
	public static boolean supports(String fileName) {
		return READERS.containsKey(extension(fileName));
	}

	/**
	 * @throws UnreadableDocumentException for an unsupported extension, an empty file, a
	 * file without text, a damaged or locked PDF, or binary data in a text format
	 */
	public ParsedDocument parse(String fileName, byte[] content) throws UnreadableDocumentException {
		String extension = extension(fileName);
		FormatReader reader = READERS.get(extension);
		if (reader == null) {
			String type = extension.isEmpty() ? "(no extension)" : "." + extension;
			throw new UnreadableDocumentException(fileName + ": unsupported file type " + type + " — " + FORMATS);
		}
		if (content.length == 0) {
			throw noText(fileName);
		}
		DocumentBody body = reader.read(fileName, content);
		List<PassageDraft> passages = PassageSplitter.split(body.sections());
		if (passages.isEmpty()) {
			throw noText(fileName);
		}
		return new ParsedDocument(title(fileName, body), body.frontMatter(), language(body, passages), passages);
	}

	private static Map<String, FormatReader> readers() {
		FormatReader markdown = new MarkdownPassages();
		FormatReader text = new TextPassages();
		FormatReader html = new HtmlPassages();
		return Map.of("md", markdown, "markdown", markdown, "txt", text, "text", text, "html", html, "htm", html, "pdf",
				new PdfPassages());
	}

	private static UnreadableDocumentException noText(String fileName) {
		return new UnreadableDocumentException(fileName + " has no text to ingest — it is empty or holds only images"
				+ " or markup; a scanned PDF needs text recognition (OCR) first.");
	}

	private static String title(String fileName, DocumentBody body) {
		String fromFrontMatter = body.frontMatter().getOrDefault("title", "");
		if (!fromFrontMatter.isBlank()) {
			return fromFrontMatter.strip();
		}
		if (body.title() != null && !body.title().isBlank()) {
			return body.title();
		}
		String name = baseName(fileName);
		int dot = name.lastIndexOf('.');
		return (dot > 0) ? name.substring(0, dot) : name;
	}

	private static String language(DocumentBody body, List<PassageDraft> passages) {
		String declared = body.frontMatter().getOrDefault("language", "").strip();
		if (!declared.isEmpty()) {
			return declared.toLowerCase(Locale.ROOT);
		}
		StringBuilder sample = new StringBuilder();
		for (PassageDraft passage : passages) {
			if (sample.length() >= LANGUAGE_SAMPLE_CHARS) {
				break;
			}
			sample.append(passage.text()).append('\n');
		}
		return Languages.guess(sample.toString());
	}

	private static String extension(String fileName) {
		String name = baseName(fileName);
		int dot = name.lastIndexOf('.');
		return (dot >= 0) ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
	}

	private static String baseName(String fileName) {
		return fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
	}

}
