package eu.agora.commitments;

/**
 * Who commits: the city itself, or a sectoral partner in the city's ecosystem.
 */
enum Kind {

	CITY, PARTNER;

	String id() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

}
