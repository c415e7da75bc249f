package eu.agora.twinning;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a pair or trio stands, from its introduction to an adopted replication plan.
 */
enum PairStatus {

	INTRODUCED("introduced"), MET("met"), EXCHANGING("exchanging"), SITE_VISIT("site-visit"),
	REPLICATION_PLAN("replication-plan"), ADOPTED("adopted"), STOPPED("stopped");

	private final String id;

	PairStatus(String id) {
		this.id = id;
	}

	String id() {
		return id;
	}

	/** In words, e.g. {@code replication plan}. */
	String label() {
		return id.replace('-', ' ');
	}

	/** Adopted or stopped: nothing more to follow up. */
	boolean isFinal() {
		return this == ADOPTED || this == STOPPED;
	}

	static List<String> ids() {
		return Arrays.stream(values()).map(PairStatus::id).toList();
	}

	/**
	 * By id, forgiving case, spaces, underscores and hyphens: {@code replication plan},
	 * {@code Replication-Plan}, {@code SITE_VISIT}.
	 */
	static Optional<PairStatus> parse(String text) {
		String typed = fold(text);
		return Arrays.stream(values()).filter((status) -> fold(status.id).equals(typed)).findFirst();
	}

	static PairStatus fromId(String id) {
		return parse(id).orElseThrow(() -> new IllegalArgumentException("No pair status " + id));
	}

	private static String fold(String text) {
		return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_\\-]+", "");
	}

}
