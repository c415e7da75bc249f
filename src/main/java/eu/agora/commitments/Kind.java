package eu.agora.commitments;

import java.util.Locale;

/**
 * Who commits: the city itself, or a sectoral partner in the city's ecosystem.
 */
enum Kind {

	CITY, PARTNER;

	String id() {
		return name().toLowerCase(Locale.ROOT);
	}

}
