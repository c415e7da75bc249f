package eu.agora.coordination;

import java.util.Locale;
import java.util.Objects;

/**
 * What a coordinator follows: the EU, a country, a region, a cluster of cities, a panel's
 * member cities, or one city.
 *
 * @param kind which kind of scope
 * @param key its canonical key, e.g. {@code EU}, {@code country:PL},
 * {@code region:PL/Łódź Voivodeship}, {@code cluster:baltic-ports},
 * {@code panel:Energy Transition}, {@code city:lodz}
 * @param label how people name it, e.g. {@code Poland}
 */
public record Scope(Kind kind, String key, String label) {

	public static final Scope EU = new Scope(Kind.EU, "EU", "the EU");

	public Scope {
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(key, "key");
		Objects.requireNonNull(label, "label");
	}

	/** The kinds of scope, from the widest. */
	public enum Kind {

		EU, COUNTRY, REGION, CLUSTER, PANEL, CITY;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

}
