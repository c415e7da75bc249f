package eu.agora.conversation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may run a subcommand, press a button, submit a form or run a message action: a role
 * rule (everyone, registered people, holders of a role) and, where the thing acted on
 * matters, {@link ObjectRule}s such as "a moderator of that panel". Admins may run
 * everything.
 *
 * @param roles roles of which the caller needs one; empty means no role is needed
 * @param registeredOnly whether the caller must belong to a city or an organisation
 * @param rules rules about the thing the call is about, all of which must pass
 */
public record Access(Set<Role> roles, boolean registeredOnly, List<ObjectRule> rules) {

	public Access {
		roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
		rules = List.copyOf(rules);
	}

	public Access(Set<Role> roles, boolean registeredOnly) {
		this(roles, registeredOnly, List.of());
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

	/**
	 * This access narrowed by a rule about the thing acted on, e.g.
	 * {@code Access.registered().and(moderatorOfPanel)}. The rule's description replaces
	 * the role's in {@code /help}, so it names the people in full.
	 */
	public Access and(ObjectRule rule) {
		List<ObjectRule> more = new ArrayList<>(rules);
		more.add(rule);
		return new Access(roles, registeredOnly, more);
	}

	/** Whether the caller passes the role rule (object rules need the call). */
	public boolean allows(Caller caller) {
		if (caller.isAdmin()) {
			return true;
		}
		if (registeredOnly && !caller.isRegistered()) {
			return false;
		}
		return roles.isEmpty() || roles.stream().anyMatch(caller::has);
	}

	/** Whether anyone at all may run it: no role, registration or object rule. */
	public boolean isOpenToEveryone() {
		return roles.isEmpty() && !registeredOnly && rules.isEmpty();
	}

	/** Who may, in the plural: {@code moderators or coordinators}, {@code everyone}. */
	public String describePeople() {
		if (!rules.isEmpty()) {
			return describeRules();
		}
		if (roles.isEmpty()) {
			return describe();
		}
		return roles.stream().sorted().map((role) -> role.id() + "s").collect(Collectors.joining(" or "));
	}

	/**
	 * A short description for help texts, e.g. {@code moderator or coordinator}, or the
	 * object rules' {@code moderators of that panel}.
	 */
	public String describe() {
		if (!rules.isEmpty()) {
			return describeRules();
		}
		if (roles.isEmpty()) {
			return registeredOnly ? "registered people" : "everyone";
		}
		return roles.stream().sorted().map(Role::id).collect(Collectors.joining(" or "));
	}

	private String describeRules() {
		return rules.stream().map(ObjectRule::people).collect(Collectors.joining(" and "));
	}

}
