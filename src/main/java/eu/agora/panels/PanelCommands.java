package eu.agora.panels;

import java.util.List;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandHandler;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.FormSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * {@code /panel} in the catalog, and the message action "Save as key point": most of a
 * panel is run by its moderators, key points are saved by its cities' officers
 * ({@link PanelAccess}).
 */
@Component
class PanelCommands implements CommandSet {

	private final Panels known;

	private final RunningPanels panels;

	private final RunningSessions sessions;

	private final SavingKeyPoints keyPoints;

	private final PublishingOutcomes outcomes;

	private final SuggestingMembers suggesting;

	PanelCommands(Panels known, RunningPanels panels, RunningSessions sessions, SavingKeyPoints keyPoints,
			PublishingOutcomes outcomes, SuggestingMembers suggesting) {
		this.known = known;
		this.panels = panels;
		this.sessions = sessions;
		this.keyPoints = keyPoints;
		this.outcomes = outcomes;
		this.suggesting = suggesting;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec panel = OptionSpec.argument("panel", OptionType.TEXT, "the panel's name");
		OptionSpec quotedPanel = OptionSpec.argument("panel", OptionType.STRING,
				"the panel's name (quoted, or the first words that name a panel)");
		Access anyone = Access.everyone();
		Access officers = Access.registered();
		Access moderators = Access.everyone().and(PanelAccess.moderatorOf(this::named));
		return List.of(
				new CommandSpec("panel", "City Panels: peer sessions, rounds, key points and outcomes", List.of(
						sub("create", "Create a panel; you moderate it",
								List.of(OptionSpec.argument("name", OptionType.TEXT, "the panel's name"),
										OptionSpec
											.required("domains", OptionType.STRING, "domains, e.g. energy,buildings"),
										OptionSpec.optional("description", OptionType.STRING, "what the panel is for")),
								Access.roles(Role.MODERATOR), panels::create),
						sub("list", "List the panels", List.of(), anyone, panels::list),
						sub("show", "Show a panel", List.of(panel), anyone, panels::show),
						sub("join", "Your city joins a panel", List.of(panel), officers, panels::join),
						sub("leave", "Your city leaves a panel", List.of(panel), officers, panels::leave),
						sub("bind", "Bind this channel to a panel", List.of(panel), moderators, panels::bind),
						sub("archive", "Archive a panel", List.of(panel), moderators, panels::archive), sub(
								"suggest", "Cities to invite, with the reason for each", List.of(panel), anyone,
								suggesting::suggest),
						sub("schedule",
								"Schedule a session; its agenda is questions:\"q1|q2\", the questions split on |",
								List.of(panel,
										OptionSpec.required("at", OptionType.DATE_TIME, "when, e.g. 2026-03-05T14:00"),
										OptionSpec.optional("tz", OptionType.ZONE, "the time zone, e.g. Europe/Warsaw"),
										OptionSpec.required("topic", OptionType.STRING, "the session's topic"),
										OptionSpec.optional("questions", OptionType.STRING,
												"the agenda, questions split on |: \"What works?|What failed?\"")),
								moderators, sessions::schedule),
						sub("start", "Start the scheduled session, or an ad-hoc one",
								List.of(panel,
										OptionSpec.optional("topic", OptionType.STRING,
												"the topic of an ad-hoc session")),
								moderators, sessions::start),
						sub("end", "End the running session", List.of(panel), moderators, sessions::end),
						sub("round open", "Open a round with a question (or the next on the agenda)",
								List.of(panel, OptionSpec.optional("question", OptionType.STRING, "the question")),
								moderators, sessions::openRound),
						sub("round close", "Close the open round", List.of(panel), moderators, sessions::closeRound),
						sub("note", "Save a key point to the open round",
								List.of(quotedPanel, OptionSpec.argument("text", OptionType.TEXT, "the key point")),
								officers.and(PanelAccess.participantOf((call) -> keyPoints.noted(call).panel())),
								keyPoints::note),
						sub("summary", "Draft the session's outcome, or save your edit of it with text:",
								List.of(panel, OptionSpec.optional("text", OptionType.STRING, "the edited outcome")),
								moderators, outcomes::summary),
						sub("publish", "Post the outcome to the panel's channels and keep it as knowledge",
								List.of(panel), moderators, outcomes::publish),
						sub("outcomes", "Published outcomes",
								List.of(OptionSpec.optionalArgument("panel", OptionType.TEXT, "the panel's name")),
								anyone, outcomes::outcomes))));
	}

	@Override
	public List<MessageActionSpec> messageActions() {
		return List.of(new MessageActionSpec(SavingKeyPoints.ACTION, "Save as key point",
				"Save this message as a key point of the open panel round",
				Access.registered().and(PanelAccess.participantOf(keyPoints::boundPanel)), keyPoints::fromMessage));
	}

	@Override
	public List<FormSpec> forms() {
		return List.of(new FormSpec(PublishingOutcomes.FORM,
				Access.everyone().and(PanelAccess.moderatorOf(this::named)), outcomes::edit));
	}

	/** The panel named by option {@code panel}. */
	private Panel named(CommandCall call) {
		return known.named(call.options().requiredText("panel"));
	}

	private static SubcommandSpec sub(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new SubcommandSpec(name, description, options, access, handler);
	}

}
