package eu.agora.directory;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Platform;
import eu.agora.conversation.UserError;

/**
 * Finds the person meant by what someone typed: a mention ({@code <@U024BE7LH>}), an
 * Agora id ({@code P-12}) or a user name on the caller's platform.
 */
@Component
class PersonReferences {

	private static final Pattern MENTION = Pattern.compile("<@!?([A-Za-z0-9]+)(\\|[^>]*)?>");

	private final MongoPeople people;

	PersonReferences(MongoPeople people) {
		this.people = people;
	}

	Person resolve(String typed, Platform platform) {
		String reference = typed.strip();
		Matcher mention = MENTION.matcher(reference);
		if (mention.matches()) {
			reference = mention.group(1);
		}
		String userId = reference.startsWith("@") ? reference.substring(1) : reference;
		return people.byId(userId.toUpperCase(java.util.Locale.ROOT))
			.or(() -> people.byIdentity(platform.id() + ":" + userId))
			.orElseThrow(() -> new UserError("I don't know anyone called `" + typed + "`.",
					"People appear once they have written to Agora; use their Agora id (see `/agora whoami`) or mention them."));
	}

}
