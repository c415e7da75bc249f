package eu.agora.knowledge.documents;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The blocks under one heading, in order; for a PDF, those of one page. Passages never
 * span two of these.
 *
 * @param path the headings above, outermost first
 * @param page the 1-based PDF page, or {@code null}
 */
record SectionText(List<String> path, @Nullable Integer page, List<Block> blocks) {

	SectionText {
		path = List.copyOf(path);
		blocks = List.copyOf(blocks);
	}

}
