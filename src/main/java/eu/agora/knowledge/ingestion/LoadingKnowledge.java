package eu.agora.knowledge.ingestion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import eu.agora.conversation.TakingCommands;
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
 * under way; {@code /ask} waits for it a little, or says so. It begins once the adapters
 * take commands ({@link TakingCommands}: the shell's prompt shows;
 * {@link ApplicationReadyEvent}), or {@link #BEGIN_AT_THE_LATEST} after the start: on two
 * cores, loading while the shell still opens its terminal held the prompt back by up to
 * 0.8 s.
 */
@Component
class LoadingKnowledge implements SmartLifecycle {

	/** Before the web server and the adapters (the default phase and just below it). */
	static final int PHASE = 0;

	private static final Logger log = LoggerFactory.getLogger(LoadingKnowledge.class);

	/** How long after the start the load begins even when no adapter said it serves. */
	static final Duration BEGIN_AT_THE_LATEST = Duration.ofSeconds(5);

	private static final String PREFIX = "starter:";

	/** Counted down once the adapters take commands. */
	private final CountDownLatch serving = new CountDownLatch(1);

	private final IndexMaintenance maintenance;

	private final Ingestion ingestion;

	private final KnowledgeDocuments documents;

	private final PanelOutcomeKnowledge outcomes;

	private final Embeddings embeddings;

	private final KnowledgeLoading loading;

	private final KnowledgeProperties properties;

	private final Object lock = new Object();

	/**
	 * The thread loading now, if any (guarded by {@link #lock}, like the flags below).
	 */
	private @Nullable Thread loader;

	/** Started and not stopped (the context's lifecycle). */
	private boolean running;

	/** A stopped load that has not ended its current step yet. */
	private @Nullable Thread winding;

	/** A load ran to its end: restarting the context does not load again. */
	private boolean finished;

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
		synchronized (this.lock) {
			this.running = true;
			if (this.finished) {
				// a restart (a paused context used again): the knowledge is loaded
				// already
				log.debug("Knowledge already loaded; not loading again");
				return;
			}
			Thread winding = this.winding;
			if (this.loader != null || (winding != null && winding.isAlive())) {
				// a stopped load still ends its step: it loads again as it ends (see
				// ended)
				return;
			}
			this.loader = startLoader();
		}
	}

	private Thread startLoader() {
		return Thread.ofPlatform().name("knowledge-loading").daemon().start(this::load);
	}

	/** The adapters take commands: the load may begin. */
	@EventListener({ TakingCommands.class, ApplicationReadyEvent.class })
	void serving() {
		this.serving.countDown();
	}

	private void load() {
		boolean over = false;
		try {
			awaitServing();
			over = !stopped() && loadAll();
		}
		catch (RuntimeException ex) {
			over = !stopped();
			if (over) {
				log.error("Loading the knowledge base failed; questions are answered from what is indexed", ex);
			}
		}
		finally {
			ended(over);
		}
	}

	/**
	 * @return whether everything was loaded; {@code false} when stopped before
	 */
	private boolean loadAll() {
		long started = System.nanoTime();
		log.debug("Knowledge loading begins");
		loading.begin("bringing the search index up to date");
		maintenance.startUp();
		if (properties.starter() && !stopped()) {
			loading.begin("reading the starter pages");
			ingestStarterPages();
		}
		if (stopped()) {
			return false;
		}
		loading.begin("catching up on panel outcomes");
		outcomes.catchUp();
		if (properties.starter() && !stopped()) {
			loading.begin("loading the language model");
			embeddings.embed("warm-up");
		}
		if (stopped()) {
			return false;
		}
		log.debug("Knowledge loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
		return true;
	}

	private void awaitServing() {
		try {
			if (!this.serving.await(BEGIN_AT_THE_LATEST.toMillis(), TimeUnit.MILLISECONDS)) {
				log.debug("No adapter said it takes commands after {}; loading the knowledge now", BEGIN_AT_THE_LATEST);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	/** Whether this load was stopped ({@link #stop()}) before it ended. */
	private boolean stopped() {
		synchronized (this.lock) {
			return this.loader != Thread.currentThread();
		}
	}

	/**
	 * The load ends: when it ran to its end (or gave up after a failure) the knowledge is
	 * loaded for good; when it was stopped and started again meanwhile, it loads again.
	 */
	private void ended(boolean over) {
		synchronized (this.lock) {
			if (this.loader == Thread.currentThread()) {
				this.loader = null;
			}
			if (this.winding == Thread.currentThread()) {
				this.winding = null;
			}
			if (over) {
				this.finished = true;
			}
			else if (this.running && this.loader == null) {
				this.loader = startLoader();
			}
		}
		if (over) {
			loading.loaded();
		}
	}

	/**
	 * Stops a load under way after its current step, without waiting for it (nor
	 * interrupting it: an interrupt closes the index's file channels).
	 */
	@Override
	public void stop() {
		synchronized (this.lock) {
			this.running = false;
			if (this.loader != null) {
				log.debug("Knowledge loading stopped before it ended; it loads again on the next start");
				this.winding = this.loader;
				this.loader = null;
			}
		}
	}

	@Override
	public boolean isRunning() {
		synchronized (this.lock) {
			return this.running;
		}
	}

	/** Whether a load is under way now (for tests). */
	boolean loadsNow() {
		synchronized (this.lock) {
			return this.loader != null;
		}
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
				if (stopped()) {
					return;
				}
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
