package eu.agora.twinning;

import java.util.Locale;

import eu.agora.directory.Domain;

/** How scores and profile words are written in replies. */
final class Scores {

	private Scores() {
	}

	/** {@code +3.0}, {@code -1.5}. */
	static String signed(double points) {
		return String.format(Locale.ROOT, "%+.1f", points);
	}

	/** {@code 12.5}. */
	static String plain(double points) {
		return String.format(Locale.ROOT, "%.1f", points);
	}

	/** A domain's label, or a lever's id in words: {@code Energy}, {@code finance}. */
	static String topic(String id) {
		return Domain.parse(id).map(Domain::label).orElse(id.replace('-', ' '));
	}

	/** A language's English name: {@code pl} → {@code Polish}. */
	static String language(String code) {
		String name = Locale.of(code).getDisplayLanguage(Locale.ENGLISH);
		return name.isBlank() ? code : name;
	}

	/** {@code Poland (PL)}. */
	static String country(String code) {
		String name = Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
		return (name.isBlank() || name.equals(code)) ? code : name + " (" + code + ")";
	}

	/** {@code 690,000}. */
	static String population(long people) {
		return String.format(Locale.ROOT, "%,d", people);
	}

}
