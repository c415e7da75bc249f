package eu.agora.twinning;

import java.util.Arrays;
import java.util.Random;

/**
 * The best total score over every way of splitting a small cohort into pairs (and one
 * trio when the count is odd), found by trying them all: the reference the matching is
 * checked against.
 */
final class ExhaustiveGrouping {

	private ExhaustiveGrouping() {
	}

	static double best(int n, Matchings.Weights weights) {
		boolean[] used = new boolean[n];
		return search(n, weights, used, n % 2 == 1);
	}

	private static double search(int n, Matchings.Weights weights, boolean[] used, boolean trioLeft) {
		int first = 0;
		while (first < n && used[first]) {
			first++;
		}
		if (first == n) {
			return trioLeft ? Double.NEGATIVE_INFINITY : 0;
		}
		used[first] = true;
		double best = Double.NEGATIVE_INFINITY;
		for (int b = first + 1; b < n; b++) {
			if (used[b] || !weights.allowed(first, b)) {
				continue;
			}
			used[b] = true;
			best = Math.max(best, weights.of(first, b) + search(n, weights, used, trioLeft));
			if (trioLeft) {
				for (int c = b + 1; c < n; c++) {
					if (!used[c] && weights.allowed(first, c) && weights.allowed(b, c)) {
						used[c] = true;
						double trio = weights.of(first, b) + weights.of(first, c) + weights.of(b, c);
						best = Math.max(best, trio + search(n, weights, used, false));
						used[c] = false;
					}
				}
			}
			used[b] = false;
		}
		used[first] = false;
		return best;
	}

	/** A dense random cohort: every pair allowed, scores in hundredths from -5 to 15. */
	static Matchings.Weights random(int n, long seed) {
		Random random = new Random(seed);
		double[][] matrix = new double[n][n];
		for (int i = 0; i < n; i++) {
			for (int j = i + 1; j < n; j++) {
				matrix[i][j] = (random.nextInt(2001) - 500) / 100.0;
				matrix[j][i] = matrix[i][j];
			}
		}
		return (i, j) -> matrix[i][j];
	}

	static String describe(Matchings.Result result) {
		return result.groups().stream().map(Arrays::toString).toList() + " unmatched " + result.unmatched();
	}

}
