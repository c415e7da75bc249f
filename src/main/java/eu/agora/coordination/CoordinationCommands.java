package eu.agora.coordination;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandHandler;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * The coordination commands in the catalog: {@code /agora cluster}, {@code /escalate},
 * {@code /escalations}, {@code /escalation} and {@code /broadcast}, and the Acknowledge
 * button of a broadcast.
 */
@Component
class CoordinationCommands implements CommandSet {

	private final ClusteringCities clusters;

	private final EscalationHandlers escalations;

	private final BroadcastHandlers broadcasts;

	CoordinationCommands(ClusteringCities clusters, EscalationHandlers escalations, BroadcastHandlers broadcasts) {
		this.clusters = clusters;
		this.escalations = escalations;
		this.broadcasts = broadcasts;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec escalationId = OptionSpec.argument("id", OptionType.STRING, "the escalation, e.g. E-4");
		OptionSpec broadcastId = OptionSpec.argument("id", OptionType.STRING, "the broadcast, e.g. B-3");
		Access coordinators = Access.roles(Role.COORDINATOR);
		Access atTier = coordinators.and(escalations.atCallersTier());
		return List.of(
				new CommandSpec("agora", "Your profile and people's roles", List.of(
						sub("cluster add", "Group cities into a cluster coordinators can follow", List.of(
								OptionSpec.argument("name", OptionType.STRING,
										"the cluster's name (quoted if several words)"),
								OptionSpec.required("cities", OptionType.STRING, "its cities, e.g. Lodz,Thessaloniki")),
								Access.roles(Role.ADMIN), clusters::add),
						sub("cluster list", "The clusters of cities", List.of(), Access.everyone(), clusters::list))),
				CommandSpec.single("escalate", "Ask the coordinators above your city",
						List.of(OptionSpec.argument(
								"question", OptionType.TEXT, "your question, in quotes"),
								OptionSpec.choice("to", false, "the lowest tier to ask (default: the nearest)",
										List.of("region", "country", "eu"))),
						Access.registered(), escalations::escalate),
				CommandSpec.single("escalations", "Questions waiting at your tier", List.of(), coordinators,
						escalations::waiting),
				new CommandSpec("escalation", "Answer or pass on an escalated question", List.of(
						sub("answer", "Answer it: the asker is told and it becomes verified knowledge",
								List.of(escalationId, OptionSpec.argument("answer", OptionType.TEXT, "the answer")),
								atTier, escalations::answer),
						sub("forward", "Pass it up to the next tier",
								List.of(escalationId,
										OptionSpec.optional("note", OptionType.STRING, "your note for the next tier")),
								atTier, escalations::forward))),
				new CommandSpec("broadcast", "Messages from coordinators to the officers of a scope", List.of(
						sub("send", "Send a message to every approved officer and panel channel in a scope", List.of(
								OptionSpec.required("scope", OptionType.STRING,
										"e.g. country:PL, region:PL/Mazovia, cluster:<name>, EU"),
								OptionSpec.argument("message", OptionType.TEXT, "the message, in quotes"),
								OptionSpec.optional("ack", OptionType.BOOLEAN, "ask for acknowledgements")),
								coordinators, broadcasts::send),
						sub("status", "Who acknowledged a broadcast and who has not", List.of(broadcastId),
								Access.everyone().and(broadcasts.senderOrCoordinator()), broadcasts::status),
						sub("ack", "Acknowledge a broadcast you received", List.of(broadcastId), Access.registered(),
								broadcasts::acknowledge),
						sub("forward", "Pass a broadcast on to your scope with your context",
								List.of(broadcastId, OptionSpec.required("note", OptionType.STRING, "your context"),
										OptionSpec.optional("scope", OptionType.STRING,
												"where to (default: the scope you coordinate)")),
								coordinators, broadcasts::forward))));
	}

	@Override
	public List<ActionSpec> actions() {
		return List.of(new ActionSpec(BroadcastingDown.ACK, Access.registered(), broadcasts::acknowledge)
			.typedAs((broadcast) -> "/broadcast ack " + broadcast));
	}

	private static SubcommandSpec sub(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new SubcommandSpec(name, description, options, access, handler);
	}

}
