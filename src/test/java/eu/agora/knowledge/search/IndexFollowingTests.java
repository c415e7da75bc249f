package eu.agora.knowledge.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The index follows documents that another instance wrote to or removed from the shared
 * database: here written straight through the store, as another process would.
 */
@AgoraTest
class IndexFollowingTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

	@Autowired
	KnowledgeDocuments documents;

	@Autowired
	IndexMaintenance maintenance;

	@Autowired
	KnowledgeIndex index;

	@Autowired
	Embeddings embeddings;

	@Autowired
	KnowledgeLoading loading;

	@BeforeEach
	void theStartUpPassIsOver() {
		assertThat(loading.awaitLoaded(Duration.ofSeconds(60))).isTrue();
	}

	@Test
	void aDocumentAnotherInstanceAddedReplacedOrRemovedIsFollowedAtTheNextPoll() {
		IndexFollowing following = new IndexFollowing(maintenance, loading, clock, Duration.ZERO);
		KnowledgeDocument added = document("g1");
		documents.replace(added, List.of(passage(added, "Gabrovo heats its schools with a wood-chip boiler.")));

		following.follow();
		assertThat(index.generations()).containsEntry(added.id(), "g1");

		KnowledgeDocument replaced = new KnowledgeDocument(added.id(), added.title(), added.kind(), null, null,
				List.of(), "en", "sha-2", "g2", 1, clock.instant(), null);
		documents.replace(replaced, List.of(passage(replaced, "Gabrovo now heats its schools with heat pumps.")));
		following.follow();
		assertThat(index.generations()).containsEntry(added.id(), "g2");

		documents.remove(replaced);
		following.follow();
		assertThat(index.generations()).doesNotContainKey(added.id());
	}

	@Test
	void theLagIsTheTimeSinceTheIndexLastCaughtUp() {
		IndexFollowing following = new IndexFollowing(maintenance, loading, clock, Duration.ZERO);
		following.follow();

		clock.advance(Duration.ofSeconds(7));

		assertThat(following.behind()).isEqualTo(Duration.ofSeconds(7));
		assertThat(following.failing()).isNull();
		following.follow();
		assertThat(following.behind()).isZero();
	}

	private KnowledgeDocument document(String generation) {
		return new KnowledgeDocument("file:follow-" + UUID.randomUUID() + ".md", "Heating schools", DocumentKind.FILE,
				null, null, List.of(), "en", "sha-1", generation, 1, clock.instant(), null);
	}

	private Passage passage(KnowledgeDocument document, String text) {
		return new Passage(document.generation() + ":" + UUID.randomUUID(), document.id(), document.generation(), 0,
				List.of("Heating"), null, text, null, null, List.of(), "en",
				Vectors.toBytes(embeddings.embed(Embeddings.textOf(List.of("Heating"), text))), Embeddings.MODEL);
	}

}
