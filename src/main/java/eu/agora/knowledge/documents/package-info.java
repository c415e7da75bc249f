/**
 * Reading files into documents: Markdown, HTML, PDF and plain text become a title, front
 * matter, a language and citable passages that keep their section path (and PDF page).
 * Plain Java, no Spring and no storage. See
 * {@link eu.agora.knowledge.documents.DocumentParsers} as the entry point; it returns a
 * {@link eu.agora.knowledge.documents.ParsedDocument}.
 */
@NullMarked
package eu.agora.knowledge.documents;

import org.jspecify.annotations.NullMarked;
