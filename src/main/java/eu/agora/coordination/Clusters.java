package eu.agora.coordination;

import java.util.List;
import java.util.Optional;

/**
 * Port: the clusters of cities.
 */
interface Clusters {

	/** Stores a new cluster; {@code false} when one with its id exists. */
	boolean add(Cluster cluster);

	Optional<Cluster> byId(String id);

	/** All clusters, by name. */
	List<Cluster> all();

}
