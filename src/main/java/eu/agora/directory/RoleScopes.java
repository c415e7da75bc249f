package eu.agora.directory;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.UserError;

/**
 * Checks the scope given with a role: coordinators follow the EU, a country or a region;
 * officers a city; partners an organisation.
 */
@Component
class RoleScopes {

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	RoleScopes(CityDirectory cities, OrganisationDirectory organisations) {
		this.cities = cities;
		this.organisations = organisations;
	}

	RoleGrant grant(Role role, @Nullable String scope) {
		String typed = (scope == null) ? "" : scope.strip();
		return switch (role) {
			case OFFICER -> new RoleGrant(role, "city:" + cities.resolve(after(typed, "city:", role)).key());
			case PARTNER -> new RoleGrant(role, "org:" + organisations.resolve(after(typed, "org:", role)).id());
			case COORDINATOR -> new RoleGrant(role, coordinatorScope(typed));
			case MODERATOR, ADMIN -> {
				if (!typed.isEmpty() && !typed.equalsIgnoreCase(RoleGrant.EU)) {
					throw new UserError("A " + role.id() + " acts across Agora; leave out `scope:`.");
				}
				yield RoleGrant.of(role);
			}
		};
	}

	private static String coordinatorScope(String typed) {
		if (typed.isEmpty() || typed.equalsIgnoreCase(RoleGrant.EU)) {
			return RoleGrant.EU;
		}
		String lower = typed.toLowerCase(Locale.ROOT);
		if (lower.startsWith("country:")) {
			String code = typed.substring("country:".length()).toUpperCase(Locale.ROOT);
			if (!List.of(Locale.getISOCountries()).contains(code)) {
				throw new UserError("`" + code + "` is not a country code.", "Use a code such as `scope:country:PL`.");
			}
			return "country:" + code;
		}
		if (lower.startsWith("region:") && typed.length() > "region:".length()) {
			return "region:" + typed.substring("region:".length()).strip();
		}
		throw new UserError("A coordinator's scope is EU, a country or a region; got `" + typed + "`.",
				"For example `scope:EU`, `scope:country:PL` or `scope:region:PL/Mazovia`.");
	}

	private static String after(String typed, String prefix, Role role) {
		String value = typed.toLowerCase(Locale.ROOT).startsWith(prefix) ? typed.substring(prefix.length()) : typed;
		if (value.isBlank()) {
			throw new UserError("An " + role.id() + " role needs its " + prefix.replace(":", "") + ".",
					"For example `scope:" + prefix + (prefix.equals("city:") ? "lodz" : "<organisation>") + "`.");
		}
		return value;
	}

}
