package eu.agora.twinning;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.MatchingAlgorithm;
import org.jgrapht.alg.matching.blossom.v5.KolmogorovWeightedMatching;
import org.jgrapht.alg.matching.blossom.v5.ObjectiveSense;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.jgrapht.util.SupplierUtil;
import org.jspecify.annotations.Nullable;

/**
 * Groups a cohort into pairs — and, with an odd count, one trio — so that the total score
 * is as high as it can be: a maximum-weight matching in a general graph (JGraphT's
 * Blossom V, {@link KolmogorovWeightedMatching}). Every edge carries a large constant on
 * top of its score, so the matching first covers as many cities as it can; scores are
 * whole hundredths, which keeps Blossom V's arithmetic exact. A large cohort is pruned to
 * each city's best {@code candidates}; a small odd cohort is solved exactly by trying
 * every trio. A city that cannot be matched at all (every partner excluded) is returned
 * as unmatched, never dropped.
 */
final class Matchings {

	/** Up to this size an odd cohort tries every trio (exact). */
	static final int EXACT_ODD = 15;

	private final int candidates;

	/**
	 * @param candidates how many best partners per city a large cohort keeps
	 */
	Matchings(int candidates) {
		this.candidates = Math.max(1, candidates);
	}

	/** Scores by city index; {@link Double#NaN} forbids the pair. */
	@FunctionalInterface
	interface Weights {

		double of(int i, int j);

		default boolean allowed(int i, int j) {
			return !Double.isNaN(of(i, j));
		}

	}

	/**
	 * @param groups pairs and trios, as city indices
	 * @param unmatched cities no allowed partner could be found for
	 */
	record Result(List<int[]> groups, List<Integer> unmatched) {

		double total(Weights weights) {
			return groups.stream().mapToDouble((group) -> groupScore(group, weights)).sum();
		}

	}

	/** The sum of the scores of every pair inside a group. */
	static double groupScore(int[] group, Weights weights) {
		double sum = 0;
		for (int a = 0; a < group.length; a++) {
			for (int b = a + 1; b < group.length; b++) {
				sum += weights.of(group[a], group[b]);
			}
		}
		return sum;
	}

	Result match(int n, Weights weights) {
		int[] all = new int[n];
		Arrays.setAll(all, (i) -> i);
		Result heuristic = completed(all, weights, maximumMatching(all, candidateEdges(all, weights), weights));
		if (n % 2 == 1 && n <= EXACT_ODD) {
			Result exact = bestWithEveryTrio(all, weights);
			if (exact != null && covers(exact, heuristic) && exact.total(weights) > heuristic.total(weights)) {
				return exact;
			}
		}
		return heuristic;
	}

	private static boolean covers(Result exact, Result heuristic) {
		return exact.unmatched().size() <= heuristic.unmatched().size();
	}

	/** Each vertex's best {@code candidates} allowed partners, or all when few. */
	List<long[]> candidateEdges(int[] vertices, Weights weights) {
		List<long[]> edges = new ArrayList<>();
		if (vertices.length - 1 <= candidates) {
			for (int a = 0; a < vertices.length; a++) {
				for (int b = a + 1; b < vertices.length; b++) {
					addIfAllowed(edges, vertices[a], vertices[b], weights);
				}
			}
			return edges;
		}
		int n = vertices.length;
		double[][] scores = new double[n][n];
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				scores[a][b] = weights.of(vertices[a], vertices[b]);
				scores[b][a] = scores[a][b];
			}
		}
		Set<Long> taken = new HashSet<>();
		for (int a = 0; a < n; a++) {
			PriorityQueue<long[]> best = new PriorityQueue<>(Comparator.comparingLong((long[] e) -> e[2]));
			for (int b = 0; b < n; b++) {
				if (a != b && !Double.isNaN(scores[a][b])) {
					best.add(new long[] { Math.min(a, b), Math.max(a, b), scaled(scores[a][b]) });
					if (best.size() > candidates) {
						best.poll();
					}
				}
			}
			for (long[] edge : best) {
				if (taken.add(edge[0] * 1_000_003L + edge[1])) {
					edges.add(new long[] { vertices[(int) edge[0]], vertices[(int) edge[1]], edge[2] });
				}
			}
		}
		return edges;
	}

	private static void addIfAllowed(List<long[]> edges, int i, int j, Weights weights) {
		double weight = weights.of(i, j);
		if (!Double.isNaN(weight)) {
			edges.add(new long[] { i, j, scaled(weight) });
		}
	}

	/** A score in whole hundredths. */
	static long scaled(double score) {
		return Math.round(score * 100);
	}

	/**
	 * A maximum-weight matching among {@code vertices} that first covers as many as it
	 * can: each vertex's mate by index, {@code -1} when unmatched.
	 */
	static int[] maximumMatching(int[] vertices, List<long[]> edges, Weights weights) {
		int size = Arrays.stream(vertices).max().orElse(-1) + 1;
		int[] mate = new int[size];
		Arrays.fill(mate, -1);
		if (edges.isEmpty()) {
			return mate;
		}
		long min = edges.stream().mapToLong((e) -> e[2]).min().orElse(0);
		long max = edges.stream().mapToLong((e) -> e[2]).max().orElse(0);
		long offset = (vertices.length / 2 + 1) * (max - min + 1);
		// Blossom V adds vertices of its own: they are numbered after the cities
		Graph<Integer, DefaultWeightedEdge> graph = new SimpleWeightedGraph<>(SupplierUtil.createIntegerSupplier(size),
				SupplierUtil.createDefaultWeightedEdgeSupplier());
		for (int v : vertices) {
			graph.addVertex(v);
		}
		for (long[] e : edges) {
			DefaultWeightedEdge edge = graph.addEdge((int) e[0], (int) e[1]);
			graph.setEdgeWeight(edge, (double) (e[2] - min + 1 + offset));
		}
		MatchingAlgorithm.Matching<Integer, DefaultWeightedEdge> matching = new KolmogorovWeightedMatching<>(graph,
				ObjectiveSense.MAXIMIZE)
			.getMatching();
		for (DefaultWeightedEdge edge : matching.getEdges()) {
			int a = graph.getEdgeSource(edge);
			int b = graph.getEdgeTarget(edge);
			mate[a] = b;
			mate[b] = a;
		}
		return mate;
	}

	/**
	 * The matching as groups; cities it left out are paired among themselves where they
	 * may be, and a last one joins the pair it adds most to, as a trio.
	 */
	static Result completed(int[] vertices, Weights weights, int[] mate) {
		List<int[]> groups = new ArrayList<>();
		List<Integer> left = new ArrayList<>();
		for (int v : vertices) {
			if (mate[v] < 0) {
				left.add(v);
			}
			else if (v < mate[v]) {
				groups.add(new int[] { v, mate[v] });
			}
		}
		pairAmong(left, weights, groups);
		List<Integer> unmatched = new ArrayList<>();
		for (int single : left) {
			if (!joinBestPair(single, groups, weights)) {
				unmatched.add(single);
			}
		}
		return new Result(groups, unmatched);
	}

	private static void pairAmong(List<Integer> left, Weights weights, List<int[]> groups) {
		boolean paired = true;
		while (paired && left.size() > 1) {
			paired = false;
			int bestA = -1;
			int bestB = -1;
			double best = Double.NEGATIVE_INFINITY;
			for (int a = 0; a < left.size(); a++) {
				for (int b = a + 1; b < left.size(); b++) {
					double score = weights.of(left.get(a), left.get(b));
					if (!Double.isNaN(score) && score > best) {
						best = score;
						bestA = a;
						bestB = b;
					}
				}
			}
			if (bestA >= 0) {
				groups.add(new int[] { left.get(bestA), left.get(bestB) });
				left.remove(bestB);
				left.remove(bestA);
				paired = true;
			}
		}
	}

	/** Adds {@code single} to the pair it adds most to; {@code false} when none may. */
	static boolean joinBestPair(int single, List<int[]> groups, Weights weights) {
		int best = -1;
		double gain = Double.NEGATIVE_INFINITY;
		for (int g = 0; g < groups.size(); g++) {
			int[] group = groups.get(g);
			if (group.length != 2 || !weights.allowed(single, group[0]) || !weights.allowed(single, group[1])) {
				continue;
			}
			double added = weights.of(single, group[0]) + weights.of(single, group[1]);
			if (added > gain) {
				gain = added;
				best = g;
			}
		}
		if (best < 0) {
			return false;
		}
		int[] pair = groups.get(best);
		groups.set(best, new int[] { pair[0], pair[1], single });
		return true;
	}

	/** Exact for small odd cohorts: every allowed trio, the rest matched optimally. */
	private static @Nullable Result bestWithEveryTrio(int[] all, Weights weights) {
		@Nullable Result best = null;
		double bestTotal = Double.NEGATIVE_INFINITY;
		int n = all.length;
		for (int a = 0; a < n; a++) {
			for (int b = a + 1; b < n; b++) {
				for (int c = b + 1; c < n; c++) {
					if (!weights.allowed(a, b) || !weights.allowed(a, c) || !weights.allowed(b, c)) {
						continue;
					}
					Result candidate = withTrio(all, new int[] { a, b, c }, weights);
					if (candidate != null && candidate.total(weights) > bestTotal) {
						bestTotal = candidate.total(weights);
						best = candidate;
					}
				}
			}
		}
		return best;
	}

	private static @Nullable Result withTrio(int[] all, int[] trio, Weights weights) {
		int[] rest = Arrays.stream(all).filter((v) -> v != trio[0] && v != trio[1] && v != trio[2]).toArray();
		List<long[]> edges = new ArrayList<>();
		for (int a = 0; a < rest.length; a++) {
			for (int b = a + 1; b < rest.length; b++) {
				addIfAllowed(edges, rest[a], rest[b], weights);
			}
		}
		int[] mate = maximumMatching(rest, edges, weights);
		List<int[]> groups = new ArrayList<>();
		groups.add(trio);
		for (int v : rest) {
			if (mate.length <= v || mate[v] < 0) {
				return null;
			}
			if (v < mate[v]) {
				groups.add(new int[] { v, mate[v] });
			}
		}
		return new Result(groups, List.of());
	}

}
