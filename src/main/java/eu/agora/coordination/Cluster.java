package eu.agora.coordination;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

/**
 * A named group of cities that coordinators follow as one scope, in {@code clusters}; its
 * id is derived from the name, which makes names unique.
 *
 * @param createdBy the admin who made it (person id)
 */
record Cluster(@Id String id, String name, List<String> cityKeys, String createdBy, Instant createdAt) {

	Cluster {
		cityKeys = List.copyOf(cityKeys);
	}

}
