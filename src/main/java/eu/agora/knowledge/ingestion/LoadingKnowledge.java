package eu.agora.knowledge.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.Embeddings;
import eu.agora.knowledge.search.IndexMaintenance;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.knowledge.search.KnowledgeLoading;

/**
 * Loads the knowledge base after the start, in the background, so that nothing holds back
 * the prompt or the adapters: brings the search index up to date with MongoDB
 * ({@link IndexMaintenance#startUp()}), ingests the starter pages shipped in
 * {@code config/knowledge/} (packaged as {@code knowledge/*.md}; unchanged pages are
 * skipped, changed ones replaced, pages no longer shipped removed), catches up on panel
 * outcomes published while knowledge was not listening, and loads the embedding model so
 * that the first question does not wait for it. {@link KnowledgeLoading} says what is
 * under way; {@code /ask} waits for it a little, or says so.
 */
@Component
class LoadingKnowledge implements SmartLifecycle {

	/** Before the web server and the adapters (the default phase and just below it). */
	static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(LoadingKnowledge.class);

	private static final String PREFIX = "starter:";

	private final IndexMaintenance maintenance;

	private final Ingestion ingestion;

	private final KnowledgeDocuments documents;

	private final PanelOutcomeKnowledge outcomes;

	private final Embeddings embeddings;

	private final KnowledgeLoading loading;

	private final KnowledgeProperties properties;

	private volatile @Nullable Thread loader;

	LoadingKnowledge(IndexMaintenance maintenance, Ingestion ingestion, KnowledgeDocuments documents,
			PanelOutcomeKnowledge outcomes, Embeddings embeddings, KnowledgeLoading loading,
			KnowledgeProperties properties) {
		this.maintenance = maintenance;
		this.ingestion = ingestion;
		this.documents = documents;
		this.outcomes = outcomes;
		this.embeddings = embeddings;
		this.loading = loading;
		this.properties = properties;
	}

	@Override
	public void start() {
		this.loader = Thread.ofPlatform().name("knowledge-loading").daemon().start(this::load);
	}

	private void load() {
		long started = System.nanoTime();
		try {
			loading.begin("bringing the search index up to date");
			maintenance.startUp();
			if (properties.starter()) {
				loading.begin("reading the starter pages");
				ingestStarterPages();
			}
			loading.begin("catching up on panel outcomes");
			outcomes.catchUp();
			if (properties.starter()) {
				loading.begin("loading the language model");
				embeddings.embed("warm-up");
			}
			log.debug("Knowledge loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			if (this.loader != null) {
				log.error("Loading the knowledge base failed; questions are answered from what is indexed", ex);
			}
		}
		finally {
			loading.loaded();
		}
	}

	@Override
	public void stop() {
		Thread running = this.loader;
		this.loader = null;
		if (running != null && running.isAlive()) {
			running.interrupt();
			try {
				running.join(5_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean isRunning() {
		return this.loader != null;
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
