package eu.agora.conversation;

import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The person behind an {@link Inbound}, as the directory knows them.
 *
 * @param personId Agora's id of the person
 * @param displayName how to address them
 * @param roles the roles they hold
 * @param cityKey the city they work for, or {@code null}
 * @param organisationId the partner organisation they represent, or {@code null}
 */
public record Caller(String personId, String displayName, Set<RoleGrant> roles, @Nullable String cityKey,
		@Nullable String organisationId) {

	public Caller {
		roles = Set.copyOf(roles);
	}

	public boolean has(Role role) {
		return roles.stream().anyMatch((grant) -> grant.role() == role);
	}

	public boolean isAdmin() {
		return has(Role.ADMIN);
	}

	/** Whether the person belongs to a city or an organisation. */
	public boolean isRegistered() {
		return cityKey != null || organisationId != null || isAdmin();
	}

}
