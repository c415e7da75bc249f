package eu.agora.knowledge.ingestion;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.knowledge.KnowledgeProperties;
import eu.agora.knowledge.search.Embeddings;
import eu.agora.knowledge.search.IndexMaintenance;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.knowledge.search.KnowledgeIndex;
import eu.agora.knowledge.search.KnowledgeLoading;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The knowledge base loads once per application: a context that is paused and started
 * again (as the test context cache does) does not load again once a load ran to its end,
 * and a load stopped before its end runs again on the next start.
 */
@AgoraTest
class LoadingKnowledgeTests {

	@Autowired
	LoadingKnowledge started;

	@Autowired
	KnowledgeLoading loading;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	Ingestion ingestion;

	@Autowired
	KnowledgeDocuments documents;

	@Autowired
	PanelOutcomeKnowledge outcomes;

	@Autowired
	Embeddings embeddings;

	@Autowired
	KnowledgeIndex index;

	@Autowired
	KnowledgeProperties properties;

	@Test
	void aRestartAfterTheLoadEndedDoesNotLoadAgain() {
		assertThat(loading.awaitLoaded(Duration.ofSeconds(60))).isTrue();

		started.stop();
		started.start();

		assertThat(started.loadsNow()).isFalse();
		assertThat(started.isRunning()).isTrue();
		assertThat(loading.underWay()).isNull();
	}

	@Test
	void aLoadStoppedBeforeItsEndRunsAgainOnTheNextStartAndEndsOnce() throws InterruptedException {
		KnowledgeLoading fresh = new KnowledgeLoading();
		LoadingKnowledge loader = new LoadingKnowledge(maintenance, ingestion, documents, outcomes, embeddings, fresh,
				properties);
		loader.serving();
		synchronized (index) {
			// the start-up pass waits for the index while the load is stopped and started
			loader.start();
			loader.stop();
			assertThat(loader.isRunning()).isFalse();
			loader.start();
			assertThat(fresh.awaitLoaded(Duration.ofMillis(300))).isFalse();
		}

		assertThat(fresh.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		assertThat(loader.loadsNow()).isFalse();
		loader.stop();
		loader.start();
		assertThat(loader.loadsNow()).isFalse();
		assertThat(fresh.underWay()).isNull();
	}

	@Test
	void theLoadBeginsOnceTheAdaptersTakeCommands() {
		KnowledgeLoading fresh = new KnowledgeLoading();
		LoadingKnowledge loader = new LoadingKnowledge(maintenance, ingestion, documents, outcomes, embeddings, fresh,
				properties);
		loader.start();
		try {
			assertThat(fresh.awaitLoaded(Duration.ofMillis(500))).isFalse();
			assertThat(fresh.underWay()).as("nothing loaded before the prompt shows").isEqualTo("starting");

			loader.serving();

			assertThat(fresh.awaitLoaded(Duration.ofSeconds(60))).isTrue();
		}
		finally {
			loader.stop();
		}
	}

}
