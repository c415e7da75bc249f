package eu.agora.conversation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may run a subcommand. Admins may run everything.
 *
 * @param roles roles of which the caller needs one; empty means no role is needed
 * @param registeredOnly whether the caller must belong to a city or an organisation
 */
public record Access(Set<Role> roles, boolean registeredOnly) {

	public Access {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
	}

	/** Anyone, including a person Agora has just met. */
	public static Access everyone() {
		return new Access(Set.of(), false);
	}

	/** Anyone registered with a city or organisation. */
	public static Access registered() {
		return new Access(Set.of(), true);
	}

	/** Holders of one of {@code roles} (and admins). */
	public static Access roles(Role... roles) {
		return new Access(Set.of(roles), false);
	}

	public boolean allows(Caller caller) {
		if (caller.isAdmin()) {
			return true;
		}
		if (registeredOnly && !caller.isRegistered()) {
			return false;
		}
		return roles.isEmpty() || roles.stream().anyMatch(caller::has);
	}

	/** Who may, in the plural: {@code moderators or coordinators}, {@code everyone}. */
	public String describePeople() {
		if (roles.isEmpty()) {
			return describe();
		}
		return roles.stream().sorted().map((role) -> role.id() + "s").collect(Collectors.joining(" or "));
	}

	/** A short description for help texts, e.g. {@code moderator or coordinator}. */
	public String describe() {
		if (roles.isEmpty()) {
			return registeredOnly ? "registered people" : "everyone";
		}
		return roles.stream().sorted().map(Role::id).collect(Collectors.joining(" or "));
	}

}
