package eu.agora.twinning;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Scores a pair of cities with its reasons: need ↔ strength fit per domain or lever, a
 * shared working language, similar size, readiness difference, the same country, a
 * Mission City with a European city, and — fading with time — having been twins before.
 */
final class PairScores {

	static final double FIT = 3;

	static final double LANGUAGE = 2;

	static final double NO_LANGUAGE = -3;

	static final double SIZE = 2;

	static final double READINESS_GAP = 1.5;

	static final double SAME_STAGE = 0.5;

	static final double COUNTRY = 1;

	static final double MISSION_MIX = 0.5;

	static final double MET_BEFORE = -10;

	private final Map<String, List<PastMeeting>> past;

	private final Instant now;

	private final Duration halfLife;

	/**
	 * @param past earlier twinnings by {@link #key(String, String)}
	 * @param halfLife after how long the penalty of an earlier twinning has halved
	 */
	PairScores(Map<String, List<PastMeeting>> past, Instant now, Duration halfLife) {
		this.past = past;
		this.now = now;
		this.halfLife = halfLife;
	}

	/** The key of a pair of cities, the same both ways round. */
	static String key(String a, String b) {
		return (a.compareTo(b) < 0) ? a + "|" + b : b + "|" + a;
	}

	PairScore score(TwinProfile a, TwinProfile b) {
		List<PairScore.Reason> explained = new ArrayList<>();
		add(a, b, (text, points) -> explained.add(new PairScore.Reason(text.get(), points)));
		return PairScore.of(explained);
	}

	/**
	 * Only the total, without writing the reasons: for the many pairs a cohort weighs.
	 */
	double total(TwinProfile a, TwinProfile b) {
		double[] sum = { 0 };
		add(a, b, (text, points) -> sum[0] += points);
		return sum[0];
	}

	/** Receives each reason: its words, written only when asked for, and its points. */
	@FunctionalInterface
	private interface Reasons {

		void add(Supplier<String> text, double points);

	}

	private void add(TwinProfile a, TwinProfile b, Reasons reasons) {
		fit(a, b, reasons);
		fit(b, a, reasons);
		language(a, b, reasons);
		size(a, b, reasons);
		readiness(a, b, reasons);
		if (a.country().equals(b.country())) {
			reasons.add(() -> "both in " + countryName(a.country()) + ": the same national framework", COUNTRY);
		}
		if (a.missionCity() != b.missionCity()) {
			reasons.add(() -> "a Mission City with a European city: knowledge travels beyond the Mission", MISSION_MIX);
		}
		metBefore(a, b, reasons);
	}

	private static void fit(TwinProfile teacher, TwinProfile learner, Reasons reasons) {
		for (String topic : learner.needs()) {
			if (teacher.strengths().contains(topic)) {
				reasons.add(() -> teacher.name() + " is strong in " + Scores.topic(topic) + ", which " + learner.name()
						+ " needs", FIT);
			}
		}
	}

	private static void language(TwinProfile a, TwinProfile b, Reasons reasons) {
		String shared = a.languages().stream().filter(b.languages()::contains).findFirst().orElse(null);
		if (shared != null) {
			reasons.add(() -> "a shared working language: " + Scores.language(shared), LANGUAGE);
		}
		else if (!a.languages().isEmpty() && !b.languages().isEmpty()) {
			reasons.add(() -> "no shared working language", NO_LANGUAGE);
		}
	}

	private static void size(TwinProfile a, TwinProfile b, Reasons reasons) {
		Long pa = a.population();
		Long pb = b.population();
		if (pa == null || pb == null || pa <= 0 || pb <= 0) {
			return;
		}
		double ratio = (double) Math.min(pa, pb) / Math.max(pa, pb);
		reasons.add(() -> ((ratio >= 0.5) ? "similar size" : "different sizes") + " (" + Scores.population(pa) + " and "
				+ Scores.population(pb) + " people)", Math.round(SIZE * ratio * 10) / 10.0);
	}

	private static void readiness(TwinProfile a, TwinProfile b, Reasons reasons) {
		int gap = Math.abs(a.readiness() - b.readiness());
		TwinProfile ahead = (a.readiness() >= b.readiness()) ? a : b;
		if (gap >= 15 && gap <= 50) {
			reasons.add(() -> ahead.name() + " is further along (readiness " + a.readiness() + " and " + b.readiness()
					+ "): room to learn from each other", READINESS_GAP);
		}
		else if (gap < 15) {
			reasons.add(() -> "at a similar stage (readiness " + a.readiness() + " and " + b.readiness() + "): peers",
					SAME_STAGE);
		}
	}

	private void metBefore(TwinProfile a, TwinProfile b, Reasons reasons) {
		if (past.isEmpty()) {
			return;
		}
		for (PastMeeting meeting : past.getOrDefault(key(a.cityKey(), b.cityKey()), List.of())) {
			double age = Math.max(0, Duration.between(meeting.at(), now).toDays());
			double fade = Math.pow(0.5, age / Math.max(1, halfLife.toDays()));
			double points = Math.round(MET_BEFORE * fade * 10) / 10.0;
			reasons.add(() -> "already twins in " + meeting.describe() + ", fading with time", points);
		}
	}

	private static String countryName(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	/**
	 * An earlier twinning of two cities.
	 *
	 * @param pairId e.g. {@code T-3}
	 * @param cohort the cohort's name
	 */
	record PastMeeting(String pairId, String cohort, int round, Instant at) {

		PastMeeting {
			Objects.requireNonNull(at, "at");
		}

		String describe() {
			LocalDate day = LocalDate.ofInstant(at, ZoneOffset.UTC);
			return cohort + " round " + round + " (" + pairId + ", " + day + ")";
		}

	}

}
