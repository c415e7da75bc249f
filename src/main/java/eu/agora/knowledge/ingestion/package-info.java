/**
 * Filling the knowledge base: files and texts become stored, indexed documents (a file
 * that cannot be read is skipped with the reason), from the {@code ingest} command line,
 * the starter pages at start and published panel outcomes. See
 * {@link eu.agora.knowledge.ingestion.Ingestion} as the main entry point.
 */
@NullMarked
package eu.agora.knowledge.ingestion;

import org.jspecify.annotations.NullMarked;
