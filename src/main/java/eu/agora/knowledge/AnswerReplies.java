package eu.agora.knowledge;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Element;
import eu.agora.knowledge.search.KnowledgeDocument;
import eu.agora.knowledge.search.KnowledgeDocuments;
import eu.agora.knowledge.search.Passage;
import eu.agora.knowledge.search.Searching;

/**
 * How an answer reads: first the sentences that answer, each citing its source by number
 * (for a question across cities, one line per city with its best evidence), then the
 * sources, short: where each comes from and its answering sentence, never a whole passage
 * or table debris.
 */
@Component
class AnswerReplies {

	/** How many sentences lead an answer about one place. */
	static final int LEADING = 2;

	/** How many cities lead an answer across cities. */
	static final int CITY_LINES = 5;

	/** Two answering sentences up to this length together make a source's excerpt. */
	static final int SHORT_EXCERPT = 300;

	/** A second leading sentence must weigh at least this share of the first. */
	static final double SECOND_SENTENCE = 0.8;

	private final Searching searching;

	private final KnowledgeDocuments documents;

	private final Filters filters;

	AnswerReplies(Searching searching, KnowledgeDocuments documents, Filters filters) {
		this.searching = searching;
		this.documents = documents;
		this.filters = filters;
	}

	/** The answer's first lines: the answering sentences with their source numbers. */
	List<String> leadingLines(String question, List<Passage> shown, boolean acrossCities) {
		List<String> lines = new ArrayList<>();
		if (acrossCities) {
			for (int i = 0; i < Math.min(CITY_LINES, shown.size()); i++) {
				Passage passage = shown.get(i);
				String city = (passage.cityKey() != null) ? filters.cityName(passage.cityKey()) : "Mission-wide";
				searching.answeringSentences(question, passage, 1)
					.forEach((sentence) -> lines
						.add("- **" + city + "**: " + sentence + " [" + (lines.size() + 1) + "]"));
			}
			return lines;
		}
		double best = 0;
		for (int i = 0; i < Math.min(3, shown.size()) && lines.size() < LEADING; i++) {
			Passage passage = shown.get(i);
			double weight = searching.bestSentenceWeight(question, passage);
			if (lines.isEmpty() || weight >= best * SECOND_SENTENCE) {
				best = Math.max(best, weight);
				int source = i + 1;
				searching.answeringSentences(question, passage, 1)
					.stream()
					.filter((sentence) -> lines.stream().noneMatch((line) -> line.contains(sentence)))
					.forEach((sentence) -> lines.add("→ " + sentence + " [" + source + "]"));
			}
		}
		return lines;
	}

	/** The sources, numbered from {@code first}: citation and answering sentence. */
	List<Element.Source> sources(String question, List<Passage> cited, Map<String, Double> scores, int first,
			boolean citationsOnly) {
		Map<String, Optional<KnowledgeDocument>> titles = new HashMap<>();
		List<Element.Source> sources = new ArrayList<>();
		for (Passage passage : cited) {
			KnowledgeDocument document = titles.computeIfAbsent(passage.documentId(), documents::document).orElse(null);
			String title = (document != null) ? document.title() : passage.documentId();
			String city = (passage.cityKey() != null) ? filters.cityName(passage.cityKey()) : null;
			String text = citationsOnly ? "" : excerpt(question, passage);
			double score = Math.round(scores.getOrDefault(passage.id(), 0.0) * 1000) / 1000.0;
			sources.add(new Element.Source("[" + (first + sources.size()) + "] " + title, city,
					passage.section().isEmpty() ? null : passage.section(), passage.page(), text, List.of(), score));
		}
		return sources;
	}

	/** The answering sentence, with the next best when both are short, in text order. */
	private String excerpt(String question, Passage passage) {
		List<String> sentences = searching.answeringSentences(question, passage, 2);
		if (sentences.isEmpty()) {
			return opening(passage.text());
		}
		if (sentences.size() == 2 && sentences.get(0).length() + sentences.get(1).length() <= SHORT_EXCERPT) {
			int one = passage.text().indexOf(sentences.get(0));
			int two = passage.text().indexOf(sentences.get(1));
			return (two >= 0 && (one < 0 || two < one)) ? sentences.get(1) + " " + sentences.get(0)
					: sentences.get(0) + " " + sentences.get(1);
		}
		return sentences.get(0);
	}

	private static String opening(String text) {
		String flat = text.replaceAll("\\s*(?:\\|\\s*)+", " ").replaceAll("\\s+", " ").strip();
		return (flat.length() <= 200) ? flat : flat.substring(0, 199).strip() + "…";
	}

	static String percent(double value) {
		return String.format(Locale.ROOT, "%d%%", Math.round(value * 100));
	}

}
