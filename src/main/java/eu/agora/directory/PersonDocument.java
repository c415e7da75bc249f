package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.springframework.data.annotation.Id;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;

/**
 * A person as stored in the {@code people} collection. Each platform identity belongs to
 * one person (a unique index).
 */
record PersonDocument(@Id String id, String displayName, List<String> identities, @Nullable String cityKey,
		@Nullable String organisationId, List<Grant> roles, Instant since, Long version) {

	Person toPerson() {
		Set<RoleGrant> grants = roles.stream()
			.map((grant) -> new RoleGrant(Role.valueOf(grant.role()), grant.scope()))
			.collect(Collectors.toSet());
		return new Person(id, displayName, identities, cityKey, organisationId, grants, since);
	}

	record Grant(String role, String scope) {

		static Grant of(RoleGrant grant) {
			return new Grant(grant.role().name(), grant.scope());
		}

	}

}
