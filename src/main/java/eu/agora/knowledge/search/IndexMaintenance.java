package eu.agora.knowledge.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the search index in step with MongoDB. At start it sweeps passages a crash left
 * behind, then (re)indexes every document whose current generation the index does not
 * hold — all of them when the index was missing or unreadable — and drops what MongoDB no
 * longer has. It repeats every minute, so that instances sharing one database see each
 * other's ingestions. Passages embedded by another model are embedded again.
 * <p>
 * The start-up pass ({@link #startUp()}) runs in the background after the start, with the
 * rest of the knowledge base's loading ({@link KnowledgeLoading}), so that it does not
 * hold back the prompt or the adapters; a question asked meanwhile waits for it or is
 * told.
 */
@Component
public class IndexMaintenance {

	private static final Logger log = LoggerFactory.getLogger(IndexMaintenance.class);

	/** More stale documents than this (and over half of all) make a rebuild. */
	static final int REBUILD = 5;

	private final KnowledgeDocuments documents;

	private final Passages passages;

	private final KnowledgeIndex index;

	private final Embeddings embeddings;

	IndexMaintenance(KnowledgeDocuments documents, Passages passages, KnowledgeIndex index, Embeddings embeddings) {
		this.documents = documents;
		this.passages = passages;
		this.index = index;
		this.embeddings = embeddings;
	}

	/**
	 * The start-up pass: verifies the index's checksums, sweeps passages a crash left
	 * behind and brings the index up to date with MongoDB (a rebuild when it was missing,
	 * unreadable or damaged).
	 */
	public void startUp() {
		index.emptyIfDamaged();
		passages.removeStray(documents.all()
			.stream()
			.collect(Collectors.toMap(KnowledgeDocument::id, KnowledgeDocument::generation)));
		int changed = synchronise();
		if (changed > 0) {
			log.info("Knowledge index brought up to date: {} documents indexed", changed);
		}
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT1M")
	void check() {
		synchronise();
	}

	/** Brings the index up to date; returns how many documents were (re)indexed. */
	int synchronise() {
		synchronized (index) {
			return synchroniseLocked();
		}
	}

	private int synchroniseLocked() {
		Map<String, String> indexed = index.generations();
		List<KnowledgeDocument> held = documents.all();
		List<KnowledgeDocument> stale = held.stream()
			.filter((document) -> !document.generation().equals(indexed.get(document.id())))
			.toList();
		boolean rebuild = stale.size() > REBUILD && stale.size() * 2 > held.size();
		int changed = 0;
		try {
			for (KnowledgeDocument document : stale) {
				if (rebuild) {
					index.rebuilding(changed, stale.size());
				}
				index.put(document, current(passages.of(document)));
				changed++;
			}
		}
		finally {
			index.rebuilding(0, 0);
		}
		Set<String> known = held.stream().map(KnowledgeDocument::id).collect(Collectors.toSet());
		for (String id : indexed.keySet()) {
			if (!known.contains(id)) {
				index.remove(id);
			}
		}
		return changed;
	}

	private List<Passage> current(List<Passage> stored) {
		List<Passage> stale = stored.stream()
			.filter((passage) -> passage.embedding() == null || !Embeddings.MODEL.equals(passage.model()))
			.toList();
		if (stale.isEmpty()) {
			return stored;
		}
		List<float[]> vectors = embeddings
			.embedAll(stale.stream().map((p) -> Embeddings.textOf(p.sectionPath(), p.text())).toList());
		List<Passage> embedded = new ArrayList<>();
		for (int i = 0; i < stale.size(); i++) {
			Passage p = stale.get(i);
			embedded.add(new Passage(p.id(), p.documentId(), p.generation(), p.ordinal(), p.sectionPath(), p.page(),
					p.text(), p.cityKey(), p.country(), p.domains(), p.language(), Vectors.toBytes(vectors.get(i)),
					Embeddings.MODEL));
		}
		passages.saveAll(embedded);
		Map<String, Passage> byId = embedded.stream().collect(Collectors.toMap(Passage::id, (p) -> p));
		return stored.stream().map((p) -> byId.getOrDefault(p.id(), p)).toList();
	}

}
