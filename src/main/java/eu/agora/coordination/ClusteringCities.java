package eu.agora.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Names;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;

/**
 * {@code /agora cluster add|list}: admins group cities into clusters that coordinators
 * follow as one scope.
 */
@Component
class ClusteringCities {

	static final int MAX_NAME = 80;

	private final Clusters clusters;

	private final CityDirectory cities;

	private final Clock clock;

	ClusteringCities(Clusters clusters, CityDirectory cities, Clock clock) {
		this.clusters = clusters;
		this.cities = cities;
		this.clock = clock;
	}

	Reply add(CommandCall call) {
		String name = Names.checked("A cluster's name", call.options().requiredText("name"));
		String id = NameFolding.id(name);
		if (id.isEmpty() || name.length() > MAX_NAME) {
			throw new UserError("A cluster needs a name of letters or digits, at most " + MAX_NAME + " characters.",
					"For example `/agora cluster add \"Baltic ports\" cities:Gdansk,Klaipeda,Riga`.");
		}
		Set<String> keys = new LinkedHashSet<>();
		for (String typed : call.options().requiredText("cities").split(",")) {
			if (!typed.isBlank()) {
				keys.add(cities.resolve(typed.strip()).key());
			}
		}
		if (keys.isEmpty()) {
			throw new UserError("A cluster needs at least one city.",
					"List them separated by commas: `cities:Lodz,Thessaloniki,Gabrovo`.");
		}
		Cluster cluster = new Cluster(id, name, List.copyOf(keys), call.caller().personId(), clock.instant());
		if (!clusters.add(cluster)) {
			throw new UserError(
					"There is already a cluster called \"" + clusters.byId(id).map(Cluster::name).orElse(name) + "\".",
					"Choose another name; `/agora cluster list` shows them.");
		}
		return Reply.text("Cluster **" + name + "** (`scope:cluster:" + id + "`) holds " + names(cluster) + ".");
	}

	Reply list(CommandCall call) {
		List<Cluster> all = clusters.all();
		if (all.isEmpty()) {
			return Reply.text("No clusters yet. An admin makes one with `/agora cluster add <name> cities:<city>,…`.");
		}
		List<Element.Field> fields = new ArrayList<>();
		all.forEach((cluster) -> fields
			.add(new Element.Field(cluster.name() + " (cluster:" + cluster.id() + ")", names(cluster))));
		return Reply.of(new Element.Section("Clusters", null, fields));
	}

	private String names(Cluster cluster) {
		return String.join(", ", cluster.cityKeys().stream().map(cities::nameOf).toList());
	}

}
