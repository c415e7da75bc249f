package eu.agora.knowledge.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One passage of a document, before it is stored.
 *
 * @param sectionPath the headings above the passage, outermost first; may be empty
 * @param page the 1-based PDF page the passage is on, {@code null} for other formats
 * @param text plain text, paragraphs separated by a blank line
 */
public record PassageDraft(List<String> sectionPath, @Nullable Integer page, String text) {

	public PassageDraft {
		sectionPath = List.copyOf(sectionPath);
	}

}
