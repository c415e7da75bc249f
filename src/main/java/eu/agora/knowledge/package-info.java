/**
 * Knowledge queries: documents (Climate City Contracts, guides, published panel outcomes,
 * verified answers) split into cited passages, kept in MongoDB, searched with BM25 and an
 * in-process sentence-embedding model fused into one ranking; {@code /ask}, knowledge
 * gaps and feedback. Listens to {@link eu.agora.panels.PanelOutcomePublished}.
 * <p>
 * See {@link eu.agora.knowledge.KnowledgeCommands} as the main entry point. This package
 * holds what people do ({@code /ask}, gaps, adding a file); its internal sub-packages
 * {@code documents} (parsing files), {@code search} (storage, index, retrieval) and
 * {@code ingestion} (storing and indexing documents) do the work.
 */
@ApplicationModule(displayName = "Knowledge")
@NullMarked
package eu.agora.knowledge;

import org.jspecify.annotations.NullMarked;

import org.springframework.modulith.ApplicationModule;
