package eu.agora.conversation;

import java.util.Objects;

/**
 * A role held by a person, with the scope it applies to: {@code EU}, a country
 * ({@code country:PL}), a region ({@code region:PL/Mazovia}), a city ({@code city:lodz})
 * or an organisation ({@code org:acme}).
 */
public record RoleGrant(Role role, String scope) {

	public static final String EU = "EU";

	public RoleGrant {
		Objects.requireNonNull(role, "role");
		scope = (scope == null || scope.isBlank()) ? EU : scope;
	}

	public static RoleGrant of(Role role) {
		return new RoleGrant(role, EU);
	}

	@Override
	public String toString() {
		return EU.equals(scope) ? role.id() : role.id() + " (" + scope + ")";
	}

}
