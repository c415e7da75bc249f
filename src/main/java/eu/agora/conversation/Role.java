package eu.agora.conversation;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What a person may do in Agora. An admin may do everything.
 */
public enum Role {

	/** Works for a city; logs its commitments, speaks in panels. */
	OFFICER,
	/** Represents a sectoral partner organisation. */
	PARTNER,
	/** Runs panels, twinning rounds and answers knowledge gaps. */
	MODERATOR,
	/** Follows cities within a scope (EU, a country, a region). */
	COORDINATOR,
	/** Configures Agora, grants roles, imports data. */
	ADMIN;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Optional<Role> parse(String text) {
		return Arrays.stream(values()).filter((role) -> role.id().equalsIgnoreCase(text.trim())).findFirst();
	}

}
