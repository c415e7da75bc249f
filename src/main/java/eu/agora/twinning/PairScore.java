package eu.agora.twinning;

import java.util.List;

/**
 * How well two cities fit as twins: the total and the reasons it is made of, each in
 * plain words with its points.
 */
record PairScore(double total, List<Reason> reasons) {

	PairScore {
		reasons = List.copyOf(reasons);
	}

	static PairScore of(List<Reason> reasons) {
		return new PairScore(reasons.stream().mapToDouble(Reason::points).sum(), reasons);
	}

	/** One reason: e.g. "Seville is strong in energy, which Łódź needs", +3. */
	record Reason(String text, double points) {

		String shown() {
			return text + " (" + Scores.signed(points) + ")";
		}

	}

}
