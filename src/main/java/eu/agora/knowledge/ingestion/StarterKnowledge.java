package eu.agora.knowledge.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;

/**
 * At start, ingests the starter pages shipped in {@code config/knowledge/} (packaged as
 * {@code knowledge/*.md}) so that a new installation has something to answer from:
 * unchanged pages are skipped, changed ones replaced, pages no longer shipped removed.
 * Then catches up on panel outcomes published while knowledge was not listening.
 * <p>
 * It runs when the context starts ({@link SmartLifecycle}): after every bean is
 * initialised, so after the search index was brought up to date from MongoDB (which the
 * index maintenance does while it is initialised), and in phase {@value #PHASE}, before
 * the web server and the chat adapters, which start in later phases, so that they never
 * serve a question before the starter pages are in.
 */
@Component
class StarterKnowledge implements SmartLifecycle {

	/** Before the web server and the adapters (the default phase and just below it). */
	static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(StarterKnowledge.class);

	private static final String PREFIX = "starter:";

	private final Ingestion ingestion;

	private final KnowledgeDocuments documents;

	private final PanelOutcomeKnowledge outcomes;

	private final KnowledgeProperties properties;

	private volatile boolean running;

	StarterKnowledge(Ingestion ingestion, KnowledgeDocuments documents, PanelOutcomeKnowledge outcomes,
			KnowledgeProperties properties) {
		this.ingestion = ingestion;
		this.documents = documents;
		this.outcomes = outcomes;
		this.properties = properties;
	}

	@Override
	public void start() {
		if (properties.starter()) {
			ingestStarterPages();
		}
		outcomes.catchUp();
		running = true;
	}

	@Override
	public void stop() {
		running = false;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void ingestStarterPages() {
		Set<String> shipped = new HashSet<>();
		try {
			for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/*.md")) {
				// a resource matched by a file pattern has a file name
				String name = Objects.requireNonNull(page.getFilename());
				shipped.add(PREFIX + name);
				IngestResult result = ingestion.file(PREFIX + name, name, page.getContentAsByteArray(),
						DocumentKind.STARTER, null);
				if (result instanceof IngestResult.Skipped skipped) {
					log.warn("Starter page {} skipped: {}", name, skipped.reason());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the starter knowledge", ex);
		}
		for (KnowledgeDocument document : documents.all()) {
			if (document.kind() == DocumentKind.STARTER && !shipped.contains(document.id())) {
				ingestion.remove(document);
			}
		}
	}

}
