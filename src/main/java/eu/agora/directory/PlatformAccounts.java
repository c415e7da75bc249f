package eu.agora.directory;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.agora.conversation.Platform;

/**
 * The platform account a typed reference names, for people who have not written to Agora
 * yet: a Slack user id or mention ({@code <@U024BE7LH>}), a Discord user id or mention
 * ({@code <@80351110224678912>}), or a shell user name ({@code ola}). Strict on purpose:
 * a role held for an account that cannot exist would wait forever.
 */
final class PlatformAccounts {

	/**
	 * A Slack or Discord mention: {@code <@U024BE7LH>}, {@code <@!8035…>},
	 * {@code <@U…|ola>}.
	 */
	static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(\\|[^>]*)?>");

	private static final Pattern SLACK_ID = Pattern.compile("[UW][A-Z0-9]{6,}");

	private static final Pattern DISCORD_ID = Pattern.compile("[0-9]{15,21}");

	private static final Pattern SHELL_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

	private static final Pattern AGORA_ID = Pattern.compile("(?i)P-[0-9]+");

	private PlatformAccounts() {
	}

	/**
	 * The identity ({@code shell:ola}) {@code typed} names on {@code platform}, if any.
	 */
	static Optional<String> identity(String typed, Platform platform) {
		String reference = typed.strip();
		Matcher mention = MENTION.matcher(reference);
		if (mention.matches()) {
			reference = mention.group(1);
		}
		else if (reference.startsWith("@")) {
			reference = reference.substring(1);
		}
		if (AGORA_ID.matcher(reference).matches()) {
			return Optional.empty();
		}
		Pattern account = switch (platform) {
			case SLACK -> SLACK_ID;
			case DISCORD -> DISCORD_ID;
			case SHELL -> SHELL_NAME;
		};
		String user = (platform == Platform.SLACK) ? reference.toUpperCase(Locale.ROOT) : reference;
		return account.matcher(user).matches() ? Optional.of(platform.id() + ":" + user) : Optional.empty();
	}

	/** What a reference to someone not yet in Agora looks like on {@code platform}. */
	static String form(Platform platform) {
		return switch (platform) {
			case SLACK -> "a mention (`@name`) or a Slack user id like `U024BE7LH`";
			case DISCORD -> "a mention (`@name`) or a Discord user id (Developer Mode → Copy User ID)";
			case SHELL -> "their shell user name, like `ola`";
		};
	}

}
