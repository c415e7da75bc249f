package eu.agora.knowledge.search;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;

/**
 * The sentences of a passage that answer a question: each sentence scored by the weight
 * (rarity) of the question's terms it holds, table debris and figure furniture left out,
 * cleaned of table rules and shortened to {@value #MAX_LENGTH} characters.
 */
final class Sentences {

	static final int MAX_LENGTH = 240;

	static final int MIN_LENGTH = 25;

	private static final Pattern TABLE_RULES = Pattern.compile("\\s*(?:\\|\\s*)+");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private Sentences() {
	}

	/** The passage's sentences that hold question terms, best first. */
	static List<Scored> answering(Analyzer analyzer, Map<String, Double> questionTerms, String text) {
		List<Scored> sentences = new ArrayList<>();
		BreakIterator boundaries = BreakIterator.getSentenceInstance(Locale.ROOT);
		String clean = SPACES.matcher(TABLE_RULES.matcher(text).replaceAll(" · ")).replaceAll(" ").strip();
		clean = clean.replaceAll("^(?:· )+|(?: ·)+$", "").replaceAll("(?: ·){2,}", " ·");
		boundaries.setText(clean);
		int start = boundaries.first();
		for (int end = boundaries.next(); end != BreakIterator.DONE; start = end, end = boundaries.next()) {
			String sentence = clean.substring(start, end).strip();
			if (sentence.length() < MIN_LENGTH || debris(sentence)) {
				continue;
			}
			Set<String> terms = Terms.of(analyzer, sentence);
			double weight = questionTerms.entrySet()
				.stream()
				.filter((entry) -> terms.contains(entry.getKey()))
				.mapToDouble(Map.Entry::getValue)
				.sum();
			if (weight > 0) {
				sentences.add(new Scored(shortened(sentence), start, weight));
			}
		}
		sentences.sort(Comparator.comparingDouble(Scored::weight).reversed().thenComparingInt(Scored::start));
		return sentences;
	}

	/** Mostly figures, symbols or table cells rather than words. */
	static boolean debris(String sentence) {
		long letters = sentence.codePoints().filter(Character::isLetter).count();
		long cells = sentence.chars().filter((c) -> c == '·').count();
		return letters < sentence.length() * 0.55 || cells > 3 || sentence.contains("$\\") || sentence.contains("](");
	}

	private static String shortened(String sentence) {
		if (sentence.length() <= MAX_LENGTH) {
			return sentence;
		}
		int space = sentence.lastIndexOf(' ', MAX_LENGTH - 1);
		return sentence.substring(0, (space > MAX_LENGTH / 2) ? space : MAX_LENGTH - 1) + "…";
	}

	/**
	 * A sentence and how well it answers.
	 *
	 * @param sentence the cleaned sentence
	 * @param start where it starts in the cleaned text
	 * @param weight the summed weight of the question's terms it holds
	 */
	record Scored(String sentence, int start, double weight) {
	}

}
