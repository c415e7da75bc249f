package eu.agora.panels;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;

import eu.agora.conversation.Slugs;

/**
 * A City Panel, in {@code panels}; its id is derived from the name, which makes names
 * unique.
 *
 * @param moderators person ids of the panel's moderators
 * @param channels bound channels as {@code platform:channelId}
 */
record Panel(@Id String id, String name, String purpose, List<String> domains, List<String> memberCities,
		List<String> moderators, List<String> channels, boolean archived, Instant createdAt, long version) {

	Panel {
		domains = List.copyOf(domains);
		memberCities = List.copyOf(memberCities);
		moderators = List.copyOf(moderators);
		channels = List.copyOf(channels);
	}

	static String idFor(String name) {
		return Slugs.of(name);
	}

}
