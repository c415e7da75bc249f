package eu.agora.twinning;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jgrapht.Graph;
import org.jgrapht.alg.flow.mincost.CapacityScalingMinimumCostFlow;
import org.jgrapht.alg.flow.mincost.MinimumCostFlowProblem;
import org.jgrapht.alg.interfaces.MinimumCostFlowAlgorithm;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * Pilots mode: each pilot city gets one to {@code capacity} twins and every other city
 * exactly one pilot, with the highest total score — a minimum-cost flow (JGraphT's
 * capacity scaling) from the twins through the pilots to a sink, where each pilot's arc
 * to the sink carries at least one and at most {@code capacity} units.
 */
final class PilotMatchings {

	private static final int SINK = -1;

	private PilotMatchings() {
	}

	/**
	 * @return one group per pilot: the pilot first, then its twins; empty when no
	 * assignment respects the exclusions
	 */
	static List<int[]> match(List<Integer> pilots, List<Integer> twins, Matchings.Weights weights, int capacity) {
		Network network = network(pilots, twins, weights, capacity);
		Set<Integer> sources = new HashSet<>(twins);
		MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				network.graph(), (v) -> (v == SINK) ? -twins.size() : (sources.contains(v) ? 1 : 0),
				(arc) -> network.upper().getOrDefault(arc, 1), (arc) -> network.lower().getOrDefault(arc, 0));
		MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow;
		try {
			flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
		}
		catch (IllegalArgumentException infeasible) {
			return List.of();
		}
		return groups(network.graph(), flow, pilots, twins.size());
	}

	/** The flow network and its arcs' bounds (arcs not listed carry 0 to 1 unit). */
	private record Network(Graph<Integer, DefaultWeightedEdge> graph, Map<DefaultWeightedEdge, Integer> upper,
			Map<DefaultWeightedEdge, Integer> lower) {
	}

	private static Network network(List<Integer> pilots, List<Integer> twins, Matchings.Weights weights, int capacity) {
		Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		graph.addVertex(SINK);
		pilots.forEach(graph::addVertex);
		twins.forEach(graph::addVertex);
		Map<Long, Long> scaled = new HashMap<>();
		for (int twin : twins) {
			for (int pilot : pilots) {
				double weight = weights.of(twin, pilot);
				if (!Double.isNaN(weight)) {
					scaled.put(((long) twin << 32) | pilot, Matchings.scaled(weight));
				}
			}
		}
		long top = scaled.values().stream().mapToLong(Long::longValue).max().orElse(0);
		scaled.forEach((arc, score) -> graph.setEdgeWeight(graph.addEdge((int) (arc >> 32), (int) (long) arc),
				(double) (top - score)));
		Map<DefaultWeightedEdge, Integer> upper = new HashMap<>();
		Map<DefaultWeightedEdge, Integer> lower = new HashMap<>();
		for (int pilot : pilots) {
			DefaultWeightedEdge arc = graph.addEdge(pilot, SINK);
			graph.setEdgeWeight(arc, 0);
			upper.put(arc, capacity);
			lower.put(arc, 1);
		}
		return new Network(graph, upper, lower);
	}

	private static List<int[]> groups(Graph<Integer, DefaultWeightedEdge> graph,
			MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow, List<Integer> pilots, int twins) {
		Map<Integer, List<Integer>> byPilot = new LinkedHashMap<>();
		pilots.forEach((pilot) -> byPilot.put(pilot, new ArrayList<>(List.of(pilot))));
		flow.getFlowMap().forEach((arc, units) -> {
			int to = graph.getEdgeTarget(arc);
			if (to != SINK && units > 0.5) {
				byPilot.computeIfAbsent(to, (pilot) -> new ArrayList<>(List.of(pilot))).add(graph.getEdgeSource(arc));
			}
		});
		int assigned = byPilot.values().stream().mapToInt((group) -> group.size() - 1).sum();
		boolean everyPilotHasATwin = byPilot.values().stream().allMatch((group) -> group.size() >= 2);
		if (assigned != twins || !everyPilotHasATwin) {
			return List.of();
		}
		return byPilot.values().stream().map((group) -> group.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

}
