package eu.agora.knowledge.search;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A passage of a document (see {@link Passages}): the unit of retrieval and citation. Its
 * embedding is kept beside the text so that the search index can be rebuilt without the
 * model's work.
 *
 * @param id {@code <generation>:<ordinal>}
 * @param documentId the document's source key
 * @param generation the document generation it belongs to
 * @param ordinal its position in the document
 * @param sectionPath headings above it, outermost first
 * @param page the PDF page, or {@code null}
 * @param text plain text
 * @param cityKey copied from the document, for filtering
 * @param country copied from the document, for filtering
 * @param domains the document's domains and those its text is about
 * @param language ISO 639-1 code
 * @param embedding the unit-length sentence embedding, as little-endian floats
 * @param model the embedding model's id
 */
public record Passage(String id, String documentId, String generation, int ordinal, List<String> sectionPath,
		@Nullable Integer page, String text, @Nullable String cityKey, @Nullable String country, List<String> domains,
		String language, byte[] embedding, String model) {

	public Passage {
		sectionPath = (sectionPath != null) ? List.copyOf(sectionPath) : List.of();
		domains = (domains != null) ? List.copyOf(domains) : List.of();
	}

	/** The section path as one line: {@code Part B › Module B-2 › Mobility}. */
	public String section() {
		return String.join(" › ", sectionPath);
	}

	float[] vector() {
		return Vectors.fromBytes(embedding);
	}

}
