package eu.agora.knowledge.search;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.es.SpanishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.it.ItalianAnalyzer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.pt.PortugueseAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.jspecify.annotations.Nullable;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.DutchStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.FinnishStemmer;
import org.tartarus.snowball.ext.FrenchStemmer;
import org.tartarus.snowball.ext.GermanStemmer;
import org.tartarus.snowball.ext.ItalianStemmer;
import org.tartarus.snowball.ext.PortugueseStemmer;
import org.tartarus.snowball.ext.SpanishStemmer;
import org.tartarus.snowball.ext.SwedishStemmer;

/**
 * One analyzer per language: standard tokens, lower case, the language's stop words,
 * diacritics folded (so {@code Łódź} matches {@code Lodz}) and its Snowball stemmer.
 * Unknown languages use English.
 */
public final class LanguageAnalyzers {

	/** What the text fields' names begin with: {@code text_en}, {@code text_fi}. */
	private static final String TEXT_FIELD = "text_";

	private static final Map<String, Spec> SPECS = Map.of("en",
			new Spec(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, EnglishStemmer::new), "de",
			new Spec(GermanAnalyzer.getDefaultStopSet(), GermanStemmer::new), "fr",
			new Spec(FrenchAnalyzer.getDefaultStopSet(), FrenchStemmer::new), "es",
			new Spec(SpanishAnalyzer.getDefaultStopSet(), SpanishStemmer::new), "it",
			new Spec(ItalianAnalyzer.getDefaultStopSet(), ItalianStemmer::new), "pt",
			new Spec(PortugueseAnalyzer.getDefaultStopSet(), PortugueseStemmer::new), "nl",
			new Spec(DutchAnalyzer.getDefaultStopSet(), DutchStemmer::new), "sv",
			new Spec(SwedishAnalyzer.getDefaultStopSet(), SwedishStemmer::new), "fi",
			new Spec(FinnishAnalyzer.getDefaultStopSet(), FinnishStemmer::new), "da",
			new Spec(DanishAnalyzer.getDefaultStopSet(), DanishStemmer::new));

	private final Map<String, Analyzer> analyzers = new ConcurrentHashMap<>();

	/** The language codes with an analyzer of their own. */
	static Set<String> languages() {
		return SPECS.keySet();
	}

	/** The code Agora indexes {@code language} as: itself when supported, else "en". */
	public static String supported(@Nullable String language) {
		return (language != null && SPECS.containsKey(language)) ? language : "en";
	}

	Analyzer forLanguage(String language) {
		return analyzers.computeIfAbsent(supported(language), // supported(...) gives a
																// key of SPECS
				(code) -> new FoldingStemmingAnalyzer(Objects.requireNonNull(SPECS.get(code))));
	}

	/**
	 * The analyzer to index with: each text field's language's, English for the other
	 * fields.
	 */
	Analyzer perField() {
		Map<String, Analyzer> byField = languages().stream()
			.collect(Collectors.toMap(LanguageAnalyzers::field, this::forLanguage));
		return new PerFieldAnalyzerWrapper(forLanguage("en"), byField);
	}

	/** The indexed field holding text in {@code language}. */
	static String field(String language) {
		return TEXT_FIELD + supported(language);
	}

	/** The language whose text {@code field} holds, if it is a text field. */
	static Optional<String> languageOf(String field) {
		return field.startsWith(TEXT_FIELD) ? Optional.of(field.substring(TEXT_FIELD.length())) : Optional.empty();
	}

	private record Spec(CharArraySet stopWords, Supplier<SnowballStemmer> stemmer) {
	}

	private static final class FoldingStemmingAnalyzer extends Analyzer {

		private final Spec spec;

		FoldingStemmingAnalyzer(Spec spec) {
			this.spec = spec;
		}

		@Override
		protected TokenStreamComponents createComponents(String fieldName) {
			StandardTokenizer source = new StandardTokenizer();
			TokenStream stream = (spec.stopWords() == EnglishAnalyzer.ENGLISH_STOP_WORDS_SET)
					? new EnglishPossessiveFilter(source) : source;
			stream = new LowerCaseFilter(stream);
			stream = new StopFilter(stream, spec.stopWords());
			stream = new ASCIIFoldingFilter(stream);
			stream = new SnowballFilter(stream, spec.stemmer().get());
			return new TokenStreamComponents(source, stream);
		}

		@Override
		protected TokenStream normalize(String fieldName, TokenStream in) {
			return new ASCIIFoldingFilter(new LowerCaseFilter(in));
		}

	}

}
