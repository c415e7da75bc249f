package eu.agora.knowledge.search;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health {@code knowledgeIndex}: how far this instance's search index lags behind MongoDB
 * ({@code lagSeconds}, {@code caughtUpAt}), how many passages it holds, and whether a
 * rebuild or the loading after the start ({@code loading}) is under way. Down while it
 * cannot catch up (the database is lost).
 */
@Component
class KnowledgeIndexHealthIndicator implements HealthIndicator {

	private final ObjectProvider<IndexLag> lag;

	private final KnowledgeIndex index;

	private final KnowledgeLoading loading;

	KnowledgeIndexHealthIndicator(ObjectProvider<IndexLag> lag, KnowledgeIndex index, KnowledgeLoading loading) {
		this.lag = lag;
		this.index = index;
		this.loading = loading;
	}

	@Override
	public Health health() {
		Health.Builder health = Health.up().withDetail("passages", index.size());
		String underWay = loading.underWay();
		if (underWay != null) {
			health.withDetail("loading", underWay);
		}
		IndexLag following = lag.getIfAvailable();
		if (following == null) {
			return health.withDetail("following", "off (agora.scheduling.enabled=false)").build();
		}
		String failing = following.failing();
		if (failing != null) {
			health.down().withDetail("failing", failing);
		}
		health.withDetail("lagSeconds", following.behind().toSeconds())
			.withDetail("caughtUpAt", following.caughtUpAt().toString());
		int[] rebuild = index.rebuilding();
		if (rebuild != null) {
			health.withDetail("rebuilding", rebuild[0] + " of " + rebuild[1] + " documents");
		}
		return health.build();
	}

}
