package eu.agora.directory;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sector of a partner organisation.
 */
public enum Sector {

	INDUSTRY, ACADEMIA, RESEARCH, FINANCE, CIVIL_SOCIETY, PUBLIC;

	/** {@code civil-society}. */
	public String id() {
		return name().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	public static List<String> ids() {
		return Arrays.stream(values()).map(Sector::id).toList();
	}

	public static Optional<Sector> parse(String text) {
		return Arrays.stream(values()).filter((sector) -> sector.id().equalsIgnoreCase(text)).findFirst();
	}

}
