package eu.agora.knowledge;

/**
 * A passage id with its score in one ranking.
 */
record ScoredPassage(String id, double score) {
}
