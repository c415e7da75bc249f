package eu.agora.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandHandler;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * {@code /ask} and {@code /knowledge} in the catalog, and the buttons of answers: an
 * answer is opened further and rated only by the person who asked it.
 */
@Component
class KnowledgeCommands implements CommandSet {

	private final Asking asking;

	private final ManagingGaps managing;

	private final AddingDocuments adding;

	KnowledgeCommands(Asking asking, ManagingGaps managing, AddingDocuments adding) {
		this.asking = asking;
		this.managing = managing;
		this.adding = adding;
	}

	@Override
	public List<CommandSpec> commands() {
		Access anyone = Access.everyone();
		Access moderators = Access.roles(Role.MODERATOR, Role.COORDINATOR);
		List<OptionSpec> filters = List.of(
				OptionSpec.optional("city", OptionType.STRING, "only documents of this city"),
				OptionSpec.optional("country", OptionType.STRING, "only documents of cities in this country"),
				OptionSpec.optional("domain", OptionType.STRING, "only passages about this domain, e.g. energy"));
		List<OptionSpec> askOptions = new ArrayList<>();
		askOptions.add(OptionSpec.neededArgument("question", OptionType.TEXT, "your question"));
		askOptions.addAll(filters);
		OptionSpec gap = OptionSpec.argument("gap", OptionType.STRING, "the gap's id, e.g. G-4");
		Access asker = anyone.and(askerOf((call) -> call.options().requiredText("answer")));
		return List.of(
				CommandSpec.single("ask", "Ask the knowledge base; answers cite their sources", askOptions, anyone,
						asking::ask),
				new CommandSpec("knowledge", "The knowledge base: documents, gaps and answers", List.of(
						sub("add", "Add a file to the knowledge base (Markdown, text, HTML or PDF)",
								List.of(OptionSpec.argument("file", OptionType.ATTACHMENT,
										"the file: Markdown, text, HTML or PDF")),
								moderators, adding::add),
						sub("gaps", "Questions the knowledge base could not answer", List.of(), moderators,
								managing::list),
						sub("route", "Send a gap to a panel's channels or to coordinators",
								List.of(gap,
										OptionSpec.required("to", OptionType.STRING,
												"a panel's name, or coordinators")),
								moderators, managing::route),
						sub("answer", "Answer a gap; the answer becomes verified knowledge",
								List.of(gap, OptionSpec.argument("text", OptionType.TEXT, "the answer")), moderators,
								managing::answer),
						sub("more", "More passages of an answer",
								List.of(OptionSpec.argument("answer", OptionType.STRING, "the answer's id, e.g. A-12"),
										OptionSpec.optional("from", OptionType.INTEGER, "passages already seen")),
								asker, asking::moreCommand),
						sub("feedback", "Say whether an answer helped",
								List.of(OptionSpec.argument("answer", OptionType.STRING, "the answer's id, e.g. A-12"),
										OptionSpec.choice("verdict", true, "helpful or not-helpful",
												List.of("helpful", "not-helpful"))),
								asker, asking::feedbackCommand),
						sub("documents", "The documents in the knowledge base", List.of(), anyone,
								managing::documents))));
	}

	@Override
	public List<MessageActionSpec> messageActions() {
		return List.of(MessageActionSpec.onFiles(AddingDocuments.ACTION, "Add to knowledge",
				"Add this message's file to Agora's knowledge base", Access.roles(Role.MODERATOR, Role.COORDINATOR),
				adding::fromMessage));
	}

	@Override
	public List<ActionSpec> actions() {
		Access asker = Access.everyone().and(askerOf(KnowledgeCommands::answerOfButton));
		Access gapAsker = Access.everyone()
			.and(new ObjectRule("the people who asked that question",
					(call) -> asking.unlessAskedGap(call.options().text("value").orElse(""), call.caller())));
		return List.of(new ActionSpec(Asking.MORE, asker, asking::more).typedAs(KnowledgeCommands::moreCommand),
				new ActionSpec(Asking.HELPFUL, asker, asking::helpful)
					.typedAs((answer) -> "/knowledge feedback " + answer + " helpful"),
				new ActionSpec(Asking.NOT_HELPFUL, asker, asking::notHelpful)
					.typedAs((answer) -> "/knowledge feedback " + answer + " not-helpful"),
				new ActionSpec(Asking.ROUTE, gapAsker, asking::routeToCoordinators));
	}

	/** {@code /knowledge more A-3 from:5} for the More button's value {@code A-3:5}. */
	private static String moreCommand(String value) {
		int colon = value.lastIndexOf(':');
		return (colon < 0) ? "/knowledge more " + value
				: "/knowledge more " + value.substring(0, colon) + " from:" + value.substring(colon + 1);
	}

	/** The person who asked the answer {@code answerId} names (and admins). */
	private ObjectRule askerOf(Function<CommandCall, String> answerId) {
		return new ObjectRule("the person who asked it",
				(call) -> asking.unlessAsked(answerId.apply(call), call.caller()));
	}

	/**
	 * An answer's buttons carry its id, followed for "more" by {@code :<passages seen>}.
	 */
	private static String answerOfButton(CommandCall call) {
		return call.options().text("value").orElse("").split(":")[0];
	}

	private static SubcommandSpec sub(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new SubcommandSpec(name, description, options, access, handler);
	}

}
