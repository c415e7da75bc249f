package eu.agora.commitments;

import java.util.List;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandHandler;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.FormSpec;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.directory.Domain;
import eu.agora.directory.Sector;

/**
 * {@code /commit} and {@code /city change-administration} in the catalog.
 */
@Component
class CommitmentCommands implements CommandSet {

	private static final Access WRITERS = Access.roles(Role.OFFICER, Role.PARTNER);

	private static final Access READERS = Access.roles(Role.OFFICER, Role.PARTNER, Role.COORDINATOR);

	private final LoggingCommitments logging;

	private final UpdatingCommitments updating;

	private final ListingCommitments listing;

	private final HandingOverCommitments handingOver;

	private final CommitmentAccess access;

	CommitmentCommands(LoggingCommitments logging, UpdatingCommitments updating, ListingCommitments listing,
			HandingOverCommitments handingOver, CommitmentAccess access) {
		this.access = access;
		this.logging = logging;
		this.updating = updating;
		this.listing = listing;
		this.handingOver = handingOver;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec id = OptionSpec.argument("id", OptionType.STRING, "the commitment's id, e.g. C-17");
		OptionSpec city = OptionSpec.optional("city", OptionType.STRING, "the city");
		OptionSpec note = OptionSpec.optional("note", OptionType.STRING, "a note for the history");
		OptionSpec status = OptionSpec.choice("status", false, "the status", Status.ids())
			.suggesting(Status.LIKELY_WORDS);
		OptionSpec domain = OptionSpec.choice("domain", false, "the domain", Domain.ids());
		Function<CommandCall, Commitment> named = (call) -> updating.find(call.options().requiredText("id"));
		Access changers = WRITERS.and(access.changersOf(named));
		return List.of(
				new CommandSpec("commit", "The commitments ledger: log, update and follow commitments", List.of(
						sub("add", "Log a commitment (a form, or give the fields as options)", addOptions(city, domain),
								WRITERS, logging::add),
						sub("update", "Record progress, status, a note or evidence",
								List.of(id,
										OptionSpec.optional("progress", OptionType.INTEGER,
												"progress in percent, 0-100"),
										status, note,
										OptionSpec.optional("evidence", OptionType.STRING, "a link to evidence")),
								changers, updating::update),
						sub("show", "Show a commitment and its history", List.of(id),
								READERS.and(access.readersOf(named)), listing::show),
						sub("list", "List commitments",
								List.of(city, status, domain, OptionSpec.flag("overdue", "past their deadline"),
										OptionSpec.flag("stale", "no update in 90 days"),
										OptionSpec.flag("reaffirm", "awaiting re-affirmation")),
								READERS, listing::list),
						sub("export", "Export commitments as a CSV or JSON file",
								List.of(city,
										OptionSpec.choice("format", false, "csv or json", List.of("csv", "json"))),
								READERS, listing::export),
						sub("handover", "Make someone else the contact for a commitment or a whole city's",
								List.of(OptionSpec.optionalArgument("id", OptionType.STRING, "the commitment's id"),
										city, OptionSpec.required("to", OptionType.STRING, "the new contact person"),
										note),
								WRITERS.and(access.changersOfAll(handingOver::chosen)), handingOver::handover),
						sub("reaffirm", "Confirm a commitment after a change of administration", List.of(id, note),
								changers, updating::reaffirm))),
				new CommandSpec("city", "Cities of the Mission: look up, list, register",
						List.of(sub("change-administration",
								"Record a new administration: open commitments await re-affirmation",
								List.of(OptionSpec.argument("city", OptionType.TEXT, "the city"), note),
								Access.roles(Role.MODERATOR, Role.COORDINATOR)
									.and(access.moderatorsAndCoordinatorsOfCity()),
								handingOver::changeAdministration))));
	}

	@Override
	public List<FormSpec> forms() {
		return List.of(new FormSpec(LoggingCommitments.FORM, WRITERS, logging::submitted));
	}

	private static List<OptionSpec> addOptions(OptionSpec city, OptionSpec domain) {
		return List.of(city, OptionSpec.needed("title", OptionType.STRING, "what is committed, in a line"),
				OptionSpec.needed("owner", OptionType.STRING, "the owner office or department"), domain.asNeeded(),
				OptionSpec.needed("target", OptionType.STRING, "e.g. \"40 % CO2e by 2030\""),
				// dates as text, so that a bad one is reported with every other problem
				// of the form
				OptionSpec.needed("deadline", OptionType.STRING, "YYYY-MM-DD"),
				OptionSpec.choice("kind", false, "city or partner", List.of("city", "partner")),
				OptionSpec.optional("partner", OptionType.STRING, "the partner organisation"),
				OptionSpec.choice("sector", false, "the partner's sector", Sector.ids()),
				OptionSpec.optional("baseline", OptionType.STRING, "e.g. \"1,200 kt CO2e in 2019\""),
				OptionSpec.optional("budget", OptionType.STRING, "e.g. \"2.5 million EUR from ERDF\""),
				OptionSpec.optional("description", OptionType.STRING, "more detail"),
				OptionSpec.optional("start", OptionType.STRING, "YYYY-MM-DD"),
				OptionSpec.choice("lever", false, "the lever of change", Lever.ids()));
	}

	private static SubcommandSpec sub(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new SubcommandSpec(name, description, options, access, handler);
	}

}
