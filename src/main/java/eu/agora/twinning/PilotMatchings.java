package eu.agora.twinning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Graph<Integer, DefaultWeightedEdge> graph = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
		graph.addVertex(SINK);
		pilots.forEach(graph::addVertex);
		twins.forEach(graph::addVertex);
		long top = 0;
		for (int twin : twins) {
			for (int pilot : pilots) {
				if (weights.allowed(twin, pilot)) {
					top = Math.max(top, Matchings.scaled(weights.of(twin, pilot)));
				}
			}
		}
		for (int twin : twins) {
			for (int pilot : pilots) {
				if (weights.allowed(twin, pilot)) {
					DefaultWeightedEdge arc = graph.addEdge(twin, pilot);
					graph.setEdgeWeight(arc, (double) (top - Matchings.scaled(weights.of(twin, pilot))));
				}
			}
		}
		Map<DefaultWeightedEdge, Integer> upper = new LinkedHashMap<>();
		Map<DefaultWeightedEdge, Integer> lower = new LinkedHashMap<>();
		for (int pilot : pilots) {
			DefaultWeightedEdge arc = graph.addEdge(pilot, SINK);
			graph.setEdgeWeight(arc, 0);
			upper.put(arc, capacity);
			lower.put(arc, 1);
		}
		MinimumCostFlowProblem<Integer, DefaultWeightedEdge> problem = new MinimumCostFlowProblem.MinimumCostFlowProblemImpl<>(
				graph, (v) -> (v == SINK) ? -twins.size() : (twins.contains(v) ? 1 : 0),
				(arc) -> upper.getOrDefault(arc, 1), (arc) -> lower.getOrDefault(arc, 0));
		MinimumCostFlowAlgorithm.MinimumCostFlow<DefaultWeightedEdge> flow;
		try {
			flow = new CapacityScalingMinimumCostFlow<Integer, DefaultWeightedEdge>().getMinimumCostFlow(problem);
		}
		catch (IllegalArgumentException infeasible) {
			return List.of();
		}
		Map<Integer, List<Integer>> byPilot = new LinkedHashMap<>();
		pilots.forEach((pilot) -> byPilot.put(pilot, new ArrayList<>(List.of(pilot))));
		flow.getFlowMap().forEach((arc, units) -> {
			int from = graph.getEdgeSource(arc);
			int to = graph.getEdgeTarget(arc);
			if (to != SINK && units > 0.5) {
				byPilot.computeIfAbsent(to, (pilot) -> new ArrayList<>(List.of(pilot))).add(from);
			}
		});
		int assigned = byPilot.values().stream().mapToInt((group) -> group.size() - 1).sum();
		boolean everyPilotHasATwin = byPilot.values().stream().allMatch((group) -> group.size() >= 2);
		if (assigned != twins.size() || !everyPilotHasATwin) {
			return List.of();
		}
		return byPilot.values().stream().map((group) -> group.stream().mapToInt(Integer::intValue).toArray()).toList();
	}

}
