package eu.agora.knowledge.documents;

import java.text.Normalizer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.bg.BulgarianAnalyzer;
import org.apache.lucene.analysis.cz.CzechAnalyzer;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.el.GreekAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.hu.HungarianAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.ro.RomanianAnalyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;

/**
 * Guesses the language of a text from the stop words Lucene knows for each language: the
 * language whose stop words make up clearly the most of the first {@value #SAMPLE_WORDS}
 * words wins; English when none does.
 */
final class Languages {

	static final String FALLBACK = "en";

	private static final int SAMPLE_WORDS = 2000;

	private static final int FEWEST_HITS = 3;

	private static final double LEAD = 1.2;

	private static final Map<String, CharArraySet> STOP_WORDS = stopWords();

	private Languages() {
	}

	/**
	 * @return an ISO 639-1 code
	 */
	static String guess(String text) {
		Map<String, Integer> hits = new LinkedHashMap<>();
		int words = 0;
		int i = 0;
		while (i < text.length() && words < SAMPLE_WORDS) {
			if (!Character.isLetter(text.charAt(i))) {
				i++;
				continue;
			}
			int start = i;
			while (i < text.length() && Character.isLetter(text.charAt(i))) {
				i++;
			}
			count(text.substring(start, i).toLowerCase(Locale.ROOT), hits);
			words++;
		}
		return winner(hits, words);
	}

	private static void count(String word, Map<String, Integer> hits) {
		String folded = null;
		for (Map.Entry<String, CharArraySet> language : STOP_WORDS.entrySet()) {
			boolean greek = language.getKey().equals("el");
			if (greek && folded == null) {
				folded = isGreek(word) ? greekFolded(word) : word;
			}
			if (language.getValue().contains(greek ? folded : word)) {
				hits.merge(language.getKey(), 1, Integer::sum);
			}
		}
	}

	private static String winner(Map<String, Integer> hits, int words) {
		String best = null;
		int bestHits = 0;
		int secondHits = 0;
		for (Map.Entry<String, Integer> entry : hits.entrySet()) {
			if (entry.getValue() > bestHits) {
				secondHits = bestHits;
				bestHits = entry.getValue();
				best = entry.getKey();
			}
			else if (entry.getValue() > secondHits) {
				secondHits = entry.getValue();
			}
		}
		boolean clear = bestHits >= FEWEST_HITS && bestHits >= secondHits * LEAD && bestHits * 20 >= words;
		return (clear && best != null) ? best : FALLBACK;
	}

	private static boolean isGreek(String word) {
		return Character.UnicodeScript.of(word.codePointAt(0)) == Character.UnicodeScript.GREEK;
	}

	/** Greek stop words are stored without accents and with a medial sigma. */
	private static String greekFolded(String word) {
		return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{Mn}", "").replace('ς', 'σ');
	}

	private static Map<String, CharArraySet> stopWords() {
		Map<String, CharArraySet> sets = new LinkedHashMap<>();
		sets.put("en", EnglishAnalyzer.getDefaultStopSet());
		sets.put("de", GermanAnalyzer.getDefaultStopSet());
		sets.put("fr", FrenchAnalyzer.getDefaultStopSet());
		sets.put("es", SpanishAnalyzer.getDefaultStopSet());
		sets.put("it", ItalianAnalyzer.getDefaultStopSet());
		sets.put("pt", PortugueseAnalyzer.getDefaultStopSet());
		sets.put("nl", DutchAnalyzer.getDefaultStopSet());
		sets.put("sv", SwedishAnalyzer.getDefaultStopSet());
		sets.put("fi", FinnishAnalyzer.getDefaultStopSet());
		sets.put("da", DanishAnalyzer.getDefaultStopSet());
		sets.put("ro", RomanianAnalyzer.getDefaultStopSet());
		sets.put("el", GreekAnalyzer.getDefaultStopSet());
		sets.put("cs", CzechAnalyzer.getDefaultStopSet());
		sets.put("hu", HungarianAnalyzer.getDefaultStopSet());
		sets.put("lt", LithuanianAnalyzer.getDefaultStopSet());
		sets.put("lv", LatvianAnalyzer.getDefaultStopSet());
		sets.put("et", EstonianAnalyzer.getDefaultStopSet());
		sets.put("bg", BulgarianAnalyzer.getDefaultStopSet());
		return Collections.unmodifiableMap(sets);
	}

}
