package eu.agora.coordination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.panels.PanelDirectory;

/**
 * {@link Scopes} from the city directory (countries and regions are those of its cities),
 * the clusters and the active panels.
 */
@Component
class ScopeTree implements Scopes {

	private static final String HINT = "Scopes look like `EU`, `country:PL`, `region:PL/Mazovia`, `cluster:<name>`, "
			+ "`panel:<name>` or `city:<name>`.";

	private final CityDirectory cities;

	private final Clusters clusters;

	private final PanelDirectory panels;

	ScopeTree(CityDirectory cities, Clusters clusters, PanelDirectory panels) {
		this.cities = cities;
		this.clusters = clusters;
		this.panels = panels;
	}

	@Override
	public Scope resolve(String typed) {
		String text = typed.strip();
		if (text.isEmpty() || text.equalsIgnoreCase("EU") || text.equalsIgnoreCase("europe")) {
			return Scope.EU;
		}
		int colon = text.indexOf(':');
		String kind = (colon < 0) ? "" : text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
		String name = (colon < 0) ? text : text.substring(colon + 1).strip();
		return switch (kind) {
			case "country" -> country(name).orElseThrow(() -> unknown("country", name));
			case "region" -> region(name);
			case "cluster" -> cluster(name).orElseThrow(() -> unknown("cluster", name));
			case "panel" -> panel(name).orElseThrow(() -> unknown("panel", name));
			case "city" -> city(cities.resolve(name));
			case "" -> country(name).or(() -> cluster(name)).or(() -> panel(name)).orElseThrow(() -> unknown("", name));
			default -> throw new UserError("`" + kind + ":` is not a kind of scope.", HINT);
		};
	}

	@Override
	public List<City> citiesIn(Scope scope) {
		return switch (scope.kind()) {
			case EU -> cities.all();
			case COUNTRY -> cities.all().stream().filter((c) -> scope.key().equals("country:" + c.country())).toList();
			case REGION -> cities.all().stream().filter((c) -> scope.key().equals(regionKey(c))).toList();
			case CLUSTER -> clusters.byId(scope.key().substring("cluster:".length()))
				.map((cluster) -> byKeys(cluster.cityKeys()))
				.orElse(List.of());
			case PANEL -> panels.active()
				.stream()
				.filter((panel) -> ("panel:" + panel.name()).equals(scope.key()))
				.findFirst()
				.map((panel) -> byKeys(panel.memberCities()))
				.orElse(List.of());
			case CITY -> cities.byKey(scope.key().substring("city:".length())).map(List::of).orElse(List.of());
		};
	}

	@Override
	public List<Scope> coordinatedBy(Caller caller) {
		List<Scope> scopes = new ArrayList<>();
		for (RoleGrant grant : caller.roles()) {
			if (grant.role() != Role.COORDINATOR) {
				continue;
			}
			try {
				Scope scope = resolve(grant.scope());
				if (!scopes.contains(scope)) {
					scopes.add(scope);
				}
			}
			catch (UserError unknown) {
				// a region no city of the directory lies in covers nothing yet
			}
		}
		return scopes;
	}

	@Override
	public boolean mayFollow(Caller caller, Scope scope) {
		if (caller.isAdmin() || (caller.has(Role.COORDINATOR)
				&& (scope.kind() == Scope.Kind.CLUSTER || scope.kind() == Scope.Kind.PANEL))) {
			return true;
		}
		Set<String> wanted = keys(citiesIn(scope));
		return coordinatedBy(caller).stream()
			.anyMatch((mine) -> mine.equals(scope) || (!wanted.isEmpty() && keys(citiesIn(mine)).containsAll(wanted)));
	}

	static String regionKey(City city) {
		return "region:" + city.country() + "/" + city.region();
	}

	private Optional<Scope> country(String name) {
		String code = name.toUpperCase(Locale.ROOT);
		return cities.all()
			.stream()
			.filter((c) -> c.country().equals(code) || NameFolding.same(c.countryName(), name))
			.findFirst()
			.map((c) -> new Scope(Scope.Kind.COUNTRY, "country:" + c.country(), c.countryName()));
	}

	private Scope region(String name) {
		int slash = name.indexOf('/');
		String country = (slash < 0) ? "" : name.substring(0, slash).strip();
		String region = (slash < 0) ? name : name.substring(slash + 1).strip();
		List<City> in = cities.all()
			.stream()
			.filter((c) -> !c.region().isBlank() && NameFolding.same(c.region(), region))
			.filter((c) -> country.isEmpty() || c.country().equalsIgnoreCase(country))
			.toList();
		Set<String> countries = in.stream().map(City::country).collect(Collectors.toSet());
		if (in.isEmpty()) {
			throw unknown("region", name);
		}
		if (countries.size() > 1) {
			throw new UserError("Several countries have a region called \"" + region + "\".",
					"Name the country too, e.g. `region:" + countries.iterator().next() + "/" + region + "`.");
		}
		City first = in.get(0);
		return new Scope(Scope.Kind.REGION, regionKey(first), first.region());
	}

	private Optional<Scope> cluster(String name) {
		return clusters.byId(NameFolding.id(name))
			.map((c) -> new Scope(Scope.Kind.CLUSTER, "cluster:" + c.id(), c.name()));
	}

	private Optional<Scope> panel(String name) {
		return panels.active()
			.stream()
			.filter((panel) -> NameFolding.same(panel.name(), name))
			.findFirst()
			.map((panel) -> new Scope(Scope.Kind.PANEL, "panel:" + panel.name(), "panel " + panel.name()));
	}

	static Scope city(City city) {
		return new Scope(Scope.Kind.CITY, "city:" + city.key(), city.name());
	}

	private List<City> byKeys(List<String> keys) {
		return keys.stream().map(cities::byKey).flatMap(Optional::stream).toList();
	}

	private static Set<String> keys(List<City> cities) {
		return cities.stream().map(City::key).collect(Collectors.toSet());
	}

	private static UserError unknown(String kind, String name) {
		String what = kind.isEmpty() ? "scope" : kind;
		return new UserError("There is no " + what + " \"" + name + "\" in Agora.", HINT);
	}

}
