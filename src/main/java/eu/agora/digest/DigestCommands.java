package eu.agora.digest;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * {@code /digest} in the catalog, and the digest's "More" button: for coordinators (and
 * admins).
 */
@Component
class DigestCommands implements CommandSet {

	private final DigestHandlers handlers;

	DigestCommands(DigestHandlers handlers) {
		this.handlers = handlers;
	}

	@Override
	public List<CommandSpec> commands() {
		Access coordinators = Access.roles(Role.COORDINATOR);
		OptionSpec scope = OptionSpec.required("scope", OptionType.STRING, "e.g. panel:<name> or cluster:<name>");
		return List.of(new CommandSpec("digest", "Your weekly digest as a coordinator", List.of(
				new SubcommandSpec("preview", "Build your digest now",
						List.of(OptionSpec.optional("scope", OptionType.STRING,
								"e.g. country:PL, region:PL/Mazovia, cluster:<name>, panel:<name>"),
								OptionSpec.flag("more", "every line, not the one-screen summary")),
						coordinators, handlers::preview),
				new SubcommandSpec("settings", "When your digest comes",
						List.of(OptionSpec.optional("day", OptionType.STRING, "a day of the week, e.g. monday"),
								OptionSpec.optional("time", OptionType.STRING, "HH:MM, e.g. 08:00"),
								OptionSpec.optional("tz", OptionType.ZONE, "your time zone, e.g. Europe/Warsaw"),
								OptionSpec.choice("empty", false, "send or skip an empty week",
										List.of("skip", "send"))),
						coordinators, handlers::settings),
				new SubcommandSpec("pause", "Stop your digests until you resume", List.of(), coordinators,
						handlers::pause),
				new SubcommandSpec("resume", "Get your digests again", List.of(), coordinators, handlers::resume),
				new SubcommandSpec("follow", "Also get a panel's or a cluster's digest", List.of(scope), coordinators,
						handlers::follow),
				new SubcommandSpec("unfollow", "Stop following a panel's or cluster's digest", List.of(scope),
						coordinators, handlers::unfollow))));
	}

	@Override
	public List<ActionSpec> actions() {
		return List.of(new ActionSpec(DigestReplies.MORE, Access.roles(Role.COORDINATOR), handlers::more));
	}

}
