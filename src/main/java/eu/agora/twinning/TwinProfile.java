package eu.agora.twinning;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * A city as twinning sees it: what the city declared in its profile, completed with what
 * Agora knows from the directory and the ledger.
 *
 * @param strengths domains and levers the city can teach: declared, or else those of its
 * commitments
 * @param needs domains and levers it wants to learn about (both sorted, so reasons come
 * in a stable order)
 * @param languages working languages, ISO 639-1 codes: declared, or else the directory's
 * @param readiness 0 to 100, from its commitments and the panels it takes part in: how
 * far along it is
 * @param office the office that owns its replication plan actions, if named
 * @param strengthsFromLedger whether {@code strengths} were derived from its commitments
 */
record TwinProfile(String cityKey, String name, String country, String timeZone, boolean missionCity,
		Set<String> strengths, Set<String> needs, List<String> languages, @Nullable Long population, boolean pilot,
		int readiness, @Nullable String office, boolean strengthsFromLedger) {

	TwinProfile {
		strengths = Collections.unmodifiableSortedSet(new TreeSet<>(strengths));
		needs = Collections.unmodifiableSortedSet(new TreeSet<>(needs));
		languages = List.copyOf(languages);
	}

}
