/**
 * Searching the knowledge base: the stored documents and passages (the ports
 * {@link eu.agora.knowledge.search.KnowledgeDocuments} and
 * {@link eu.agora.knowledge.search.Passages}, kept in MongoDB, the system of record), the
 * Lucene index derived from them and kept in step by {@code IndexMaintenance}, in-process
 * sentence embeddings, language analysis, hybrid retrieval, confidence and highlights.
 * See {@link eu.agora.knowledge.search.Searching} as the main entry point.
 */
@NullMarked
package eu.agora.knowledge.search;

import org.jspecify.annotations.NullMarked;
