package eu.agora.conversation;

import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The platform account a message came from.
 *
 * @param platform where the account lives
 * @param userId the platform's stable id of the account (a Slack user id, a Discord
 * snowflake, the shell user name)
 * @param displayName a human name to address the person by, never used as identity
 * @param platformRoles the account's roles or groups on the platform (Discord role names,
 * Slack user group ids), which configuration may map to Agora roles
 */
public record Sender(Platform platform, String userId, String displayName, Set<String> platformRoles) {

	public Sender(Platform platform, String userId, @Nullable String displayName) {
		// the canonical constructor also falls back to the user id for a blank name
		this(platform, userId, (displayName != null) ? displayName : userId, Set.of());
	}

	public Sender {
		Objects.requireNonNull(platform, "platform");
		if (userId == null || userId.isBlank()) {
			throw new IllegalArgumentException("userId must not be blank");
		}
		displayName = (displayName == null || displayName.isBlank()) ? userId : displayName;
		platformRoles = (platformRoles != null) ? Set.copyOf(platformRoles) : Set.of();
	}

	/** The identity key, e.g. {@code slack:U024BE7LH}. */
	public String identity() {
		return platform.id() + ":" + userId;
	}

}
