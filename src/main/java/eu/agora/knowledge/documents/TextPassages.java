package eu.agora.knowledge.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads plain text: paragraphs are separated by blank lines, wrapped lines are joined,
 * running headers and page numbers dropped. A line underlined with {@code ===} or
 * {@code ---} is a heading of level one or two. The title is the first non-empty line.
 */
final class TextPassages implements FormatReader {

	private static final int LONGEST_TITLE = 120;

	private static final Pattern LEVEL_ONE = Pattern.compile("\\s*={3,}\\s*");

	private static final Pattern LEVEL_TWO = Pattern.compile("\\s*-{3,}\\s*");

	@Override
	public DocumentBody read(String fileName, byte[] content) throws UnreadableDocumentException {
		String text = TextDecoder.decode(fileName, content);
		List<String> lines = text.lines().toList();
		PageFurniture furniture = PageFurniture.of(lines);
		Sections sections = new Sections();
		List<String> paragraph = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String line = lines.get(i);
			int level = (i + 1 < lines.size() && !line.isBlank() && paragraph.isEmpty()) ? underline(lines.get(i + 1))
					: 0;
			if (level > 0) {
				sections.heading(level, line);
				i++;
			}
			else if (line.isBlank()) {
				sections.paragraph(WrappedLines.join(furniture.strip(paragraph)));
				paragraph.clear();
			}
			else {
				paragraph.add(line);
			}
		}
		sections.paragraph(WrappedLines.join(furniture.strip(paragraph)));
		return new DocumentBody(FirstLine.of(text, LONGEST_TITLE), Map.of(), sections.finish());
	}

	private static int underline(String line) {
		if (LEVEL_ONE.matcher(line).matches()) {
			return 1;
		}
		return LEVEL_TWO.matcher(line).matches() ? 2 : 0;
	}

}
