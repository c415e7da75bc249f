package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.RoleGrant;

/**
 * Someone who has talked to Agora on at least one platform.
 *
 * @param id Agora's id, e.g. {@code P-12}
 * @param displayName how to address them
 * @param identities platform identities, e.g. {@code slack:U024BE7LH}
 * @param cityKey the city they work for, or {@code null}
 * @param organisationId the organisation they represent, or {@code null}
 * @param roles roles granted in Agora
 * @param since when Agora first met them
 */
public record Person(String id, String displayName, List<String> identities, @Nullable String cityKey,
		@Nullable String organisationId, Set<RoleGrant> roles, Instant since) {

	public Person {
		identities = List.copyOf(identities);
		roles = Set.copyOf(roles);
	}

}
