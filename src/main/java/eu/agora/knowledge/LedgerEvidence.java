package eu.agora.knowledge;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import eu.agora.commitments.CommitmentSearch;
import eu.agora.commitments.CommitmentSearch.Listed;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.knowledge.search.Embeddings;
import eu.agora.knowledge.search.SearchFilter;

/**
 * The commitments ledger beside the documents, for questions across cities: the
 * commitments whose title and description mean what the question asks (their embeddings
 * are close, or they share its words), within the question's filter, best first.
 */
@Component
class LedgerEvidence {

	/** How close a commitment must be to the question. */
	static final double MIN_MATCH = 0.45;

	/** What each word the commitment shares with the question adds to its match. */
	static final double SHARED_WORD = 0.1;

	static final int MAX_LINES = 3;

	private final CommitmentSearch ledger;

	private final Embeddings embeddings;

	private final CityDirectory cities;

	private final Map<String, Embedded> vectors = new ConcurrentHashMap<>();

	LedgerEvidence(CommitmentSearch ledger, Embeddings embeddings, CityDirectory cities) {
		this.ledger = ledger;
		this.embeddings = embeddings;
		this.cities = cities;
	}

	/** One line per matching commitment: city, id, title, status, progress and target. */
	List<String> lines(String question, SearchFilter filter) {
		List<Listed> listed = ledger.listed().stream().filter((c) -> within(c, filter)).toList();
		if (listed.isEmpty()) {
			return List.of();
		}
		float[] asked = embeddings.embed(question);
		Set<String> words = SimilarQuestions.words(question);
		return listed.stream()
			.map((c) -> Map.entry(c, match(asked, words, c)))
			.filter((entry) -> entry.getValue() >= MIN_MATCH)
			.sorted(Map.Entry.<Listed, Double>comparingByValue(Comparator.reverseOrder()))
			.limit(MAX_LINES)
			.map((entry) -> line(entry.getKey()))
			.toList();
	}

	private double match(float[] asked, Set<String> words, Listed commitment) {
		String text = commitment.title() + ". " + commitment.description();
		Embedded embedded = vectors.compute(commitment.id(),
				(id, known) -> (known != null && known.version() == commitment.version()) ? known
						: new Embedded(commitment.version(), embeddings.embed(text)));
		double cosine = 0;
		for (int i = 0; i < asked.length; i++) {
			cosine += asked[i] * embedded.vector()[i];
		}
		long shared = SimilarQuestions.words(text).stream().filter(words::contains).count();
		return cosine + SHARED_WORD * shared;
	}

	private boolean within(Listed commitment, SearchFilter filter) {
		if (filter.cityKey() != null && !filter.cityKey().equals(commitment.cityKey())) {
			return false;
		}
		if (!filter.anyOfCities().isEmpty() && !filter.anyOfCities().contains(commitment.cityKey())) {
			return false;
		}
		if (filter.domain() != null && !filter.domain().equals(commitment.domain())) {
			return false;
		}
		return filter.country() == null
				|| cities.byKey(commitment.cityKey()).map(City::country).filter(filter.country()::equals).isPresent();
	}

	private String line(Listed commitment) {
		return "- **" + cities.nameOf(commitment.cityKey()) + "** — commitment " + commitment.id() + ": "
				+ commitment.title() + " (" + commitment.status() + ", " + commitment.progress() + "%, target "
				+ commitment.target() + ")";
	}

	private record Embedded(long version, float[] vector) {
	}

}
