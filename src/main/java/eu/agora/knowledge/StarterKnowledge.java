package eu.agora.knowledge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * At start, ingests the starter pages shipped in {@code config/knowledge/} (packaged as
 * {@code knowledge/*.md}) so that a new installation has something to answer from:
 * unchanged pages are skipped, changed ones replaced, pages no longer shipped removed.
 * Then catches up on panel outcomes published while knowledge was not listening.
 */
@Component
class StarterKnowledge implements InitializingBean {

	private static final Logger log = LoggerFactory.getLogger(StarterKnowledge.class);

	private static final String PREFIX = "starter:";

	private final Ingestion ingestion;

	private final KnowledgeStore store;

	private final KnowledgeIndex index;

	private final PanelOutcomeKnowledge outcomes;

	private final KnowledgeProperties properties;

	StarterKnowledge(Ingestion ingestion, KnowledgeStore store, KnowledgeIndex index, PanelOutcomeKnowledge outcomes,
			KnowledgeProperties properties, IndexMaintenance upToDateIndex) {
		this.ingestion = ingestion;
		this.store = store;
		this.index = index;
		this.outcomes = outcomes;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		if (properties.starter()) {
			ingestStarterPages();
		}
		outcomes.catchUp();
	}

	private void ingestStarterPages() {
		Set<String> shipped = new HashSet<>();
		try {
			for (Resource page : new PathMatchingResourcePatternResolver().getResources("classpath*:knowledge/*.md")) {
				String name = page.getFilename();
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
		for (KnowledgeDocument document : store.documents()) {
			if (document.kind() == DocumentKind.STARTER && !shipped.contains(document.id())) {
				synchronized (index) {
					store.remove(document);
					index.remove(document.id());
				}
			}
		}
	}

}
