package eu.agora.twinning;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of twinning ({@code agora.twinning.*}), checked at start.
 *
 * @param followUpAfter how long after an introduction (and after each follow-up) the
 * group is asked "did you meet?"
 * @param maxUnanswered after this many unanswered follow-ups in a row the pair is paused
 * and its coordinators are told
 * @param candidates how many best partners per city a large cohort's matching keeps
 * @param pastPairHalfLife after how long the penalty for having been twins before halves
 * @param pilotCapacity how many twins a pilot city gets at most, unless {@code capacity:}
 * says otherwise
 */
@ConfigurationProperties("agora.twinning")
record TwinningProperties(@DefaultValue("14d") Duration followUpAfter, @DefaultValue("3") int maxUnanswered,
		@DefaultValue("12") int candidates, @DefaultValue("180d") Duration pastPairHalfLife,
		@DefaultValue("3") int pilotCapacity) {

	TwinningProperties {
		require(!followUpAfter.isNegative() && !followUpAfter.isZero(), "follow-up-after must be positive");
		require(maxUnanswered >= 1, "max-unanswered must be at least 1");
		require(candidates >= 1, "candidates must be at least 1");
		require(!pastPairHalfLife.isNegative() && !pastPairHalfLife.isZero(), "past-pair-half-life must be positive");
		require(pilotCapacity >= 1, "pilot-capacity must be at least 1");
	}

	private static void require(boolean holds, String problem) {
		if (!holds) {
			throw new IllegalArgumentException("agora.twinning." + problem);
		}
	}

	static TwinningProperties defaults() {
		return new TwinningProperties(Duration.ofDays(14), 3, 12, Duration.ofDays(180), 3);
	}

}
