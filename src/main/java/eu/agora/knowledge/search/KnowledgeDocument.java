package eu.agora.knowledge.search;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A document of the knowledge base (see {@link KnowledgeDocuments}). Its passages are
 * those of its current {@code generation}: a re-ingestion writes the new passages first
 * and then switches the generation in one write, so readers never see half a document.
 *
 * @param id the source key, e.g. {@code file:lodz.md}, {@code panel:O-3}, {@code gap:G-4}
 * @param title shown in citations
 * @param kind where it came from
 * @param cityKey the city it belongs to, {@code null} for knowledge of every city
 * @param country the city's ISO country code, or {@code null}
 * @param domains the document's domains (from front matter or the panel)
 * @param language ISO 639-1 code of its text
 * @param sha256 of the ingested bytes: unchanged files are not ingested again
 * @param generation the current passages' generation
 * @param passages how many passages it has
 * @param ingestedAt when
 * @param ingestedBy who, or {@code null} for the command line and start-up
 */
public record KnowledgeDocument(String id, String title, DocumentKind kind, @Nullable String cityKey,
		@Nullable String country, List<String> domains, String language, String sha256, String generation, int passages,
		Instant ingestedAt, @Nullable String ingestedBy) {

	public KnowledgeDocument {
		domains = (domains != null) ? List.copyOf(domains) : List.of();
	}

}
