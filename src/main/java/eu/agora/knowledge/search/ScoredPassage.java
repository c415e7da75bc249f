package eu.agora.knowledge.search;

/**
 * A passage id with its score in one ranking.
 */
record ScoredPassage(String id, double score) {
}
