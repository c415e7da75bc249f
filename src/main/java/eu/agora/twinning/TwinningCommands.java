package eu.agora.twinning;

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
import eu.agora.directory.CityDirectory;

/**
 * {@code /twin} in the catalog, and the follow-up buttons: cohorts are run by moderators
 * and the coordinators who created them; profiles and pauses by a city's officers and
 * coordinators; pairs are moved by their cities' officers ({@link TwinningAccess}).
 */
@Component
class TwinningCommands implements CommandSet {

	private final Cohorts cohorts;

	private final CityDirectory cities;

	private final TwinningAccess access;

	private final ProfilingCities profiling;

	private final SuggestingTwins suggesting;

	private final RunningCohorts running;

	private final MatchingTwins matching;

	private final IntroducingTwins introducing;

	private final PausingCities pausing;

	private final TrackingPairs tracking;

	private final AnsweringFollowUps answering;

	private final ReportingTwins reporting;

	TwinningCommands(Cohorts cohorts, CityDirectory cities, TwinningAccess access, ProfilingCities profiling,
			SuggestingTwins suggesting, RunningCohorts running, MatchingTwins matching, IntroducingTwins introducing,
			PausingCities pausing, TrackingPairs tracking, AnsweringFollowUps answering, ReportingTwins reporting) {
		this.cohorts = cohorts;
		this.cities = cities;
		this.access = access;
		this.profiling = profiling;
		this.suggesting = suggesting;
		this.running = running;
		this.matching = matching;
		this.introducing = introducing;
		this.pausing = pausing;
		this.tracking = tracking;
		this.answering = answering;
		this.reporting = reporting;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec cohort = OptionSpec.argument("cohort", OptionType.STRING,
				"the cohort's name (quoted if several words)");
		OptionSpec city = OptionSpec.argument("city", OptionType.STRING, "a city (quoted if several words)");
		OptionSpec other = OptionSpec.argument("other", OptionType.STRING, "the other city");
		OptionSpec pair = OptionSpec.argument("pair", OptionType.STRING, "the pair's id, e.g. T-7");
		Access organisers = Access.roles(Role.MODERATOR, Role.COORDINATOR)
			.and(access.organisersOf((call) -> cohorts.named(call.options().requiredText("cohort"))));
		Access stewards = Access.everyone()
			.and(access.stewardsOf((call) -> cities.resolve(call.options().requiredText("city")), (call) -> true,
					"officers of that city and its coordinators"));
		Access members = Access.everyone().and(access.membersOf(tracking::pair));
		return List.of(new CommandSpec("twin",
				"Twinning: profiles, partner suggestions, cohorts, introductions, follow-ups",
				List.of(sub("profile", "Show a city's twinning profile; with strengths:, needs:, … change it", List.of(
						OptionSpec.flag("set", "change the profile (the word may be left out)"),
						OptionSpec.optionalArgument("city", OptionType.TEXT, "the city (yours if left out)"),
						OptionSpec.optional("strengths", OptionType.STRING,
								"domains or levers it can teach, e.g. energy,finance"),
						OptionSpec.optional("needs", OptionType.STRING, "domains or levers it wants to learn"),
						OptionSpec.optional("languages", OptionType.STRING, "working languages, e.g. en,pl"),
						OptionSpec.optional("population", OptionType.INTEGER, "inhabitants"),
						OptionSpec.optional("pilot", OptionType.BOOLEAN, "a pilot city of the programme: yes or no"),
						OptionSpec.optional("office", OptionType.STRING, "the office owning its replication plan")),
						Access.everyone()
							.and(access.stewardsOf(profiling::city, ProfilingCities::changes,
									"everyone; to change it, officers of that city and its coordinators")),
						profiling::profile),
						sub("suggest", "Partners for a city, best first, each with its reasons",
								List.of(OptionSpec.argument("city", OptionType.TEXT, "the city"),
										OptionSpec.optional("count", OptionType.INTEGER, "how many, 1 to 20 (5)")),
								Access.everyone(), suggesting::suggest),
						sub("cohort create", "Create a cohort; you organise it",
								List.of(OptionSpec.argument("name", OptionType.TEXT, "the cohort's name")),
								Access.roles(Role.MODERATOR, Role.COORDINATOR), running::create),
						sub("cohort add", "Add cities to a cohort",
								List.of(cohort,
										OptionSpec.argument("cities", OptionType.TEXT,
												"cities, e.g. Lodz Seville Malmo")),
								organisers, running::add),
						sub("cohort show", "A cohort: its cities, round, proposal and pairs", List.of(cohort),
								Access.everyone(), running::show),
						sub("match", "Propose the round's matching with the highest total score", List.of(cohort,
								OptionSpec.choice("mode", false, "pairs (and one trio), or pilots with their twins",
										List.of(Proposing.PAIRS, Proposing.PILOTS)),
								OptionSpec.optional("capacity", OptionType.INTEGER, "most twins per pilot (3)")),
								organisers, matching::match),
						sub("swap", "Swap two cities between their proposed groups", List.of(cohort, city, other),
								organisers, matching::swap),
						sub("lock", "Keep two cities together in this round's matching", List.of(cohort, city, other),
								organisers, matching::lock),
						sub("publish", "Publish the round: introduce each group in a private conversation",
								List.of(cohort), organisers, introducing::publish),
						sub("round", "Open the next round; it avoids every earlier pair", List.of(cohort), organisers,
								running::round),
						sub("exclude", "Never match two cities", List.of(city, other),
								Access.roles(Role.MODERATOR, Role.COORDINATOR), running::exclude),
						sub("pause", "Leave a city out of matching until a date",
								List.of(city,
										OptionSpec.required("until", OptionType.DATE,
												"the day it resumes, e.g. 2027-03-01")),
								stewards, pausing::pause),
						sub("resume", "Take part in matching again", List.of(city), stewards, pausing::resume),
						sub("opt-out", "Leave twinning until resumed", List.of(city), stewards, pausing::optOut),
						sub("status",
								"Move a pair: introduced, met, exchanging, site-visit, replication-plan, adopted, stopped",
								List.of(pair, OptionSpec.argument("status", OptionType.TEXT, "the new status"),
										OptionSpec.optional("note", OptionType.STRING, "what happened")),
								members, tracking::status),
						sub("answer", "Answer \"did you meet?\": yes, not-yet or wont",
								List.of(pair, OptionSpec.argument("answer", OptionType.TEXT, "yes, not-yet or wont")),
								members, answering::fromCommand),
						sub("plan", "Add an action to a pair's replication plan, as a commitment of the city", List.of(
								pair, new OptionSpec("action", OptionType.CHOICE, true, true, "add", List.of("add")),
								OptionSpec.required("title", OptionType.STRING, "what the city will do"),
								OptionSpec.required("domain", OptionType.STRING, "the domain, e.g. energy"),
								OptionSpec.required("target", OptionType.STRING, "e.g. \"40 % CO2e by 2030\""),
								OptionSpec.required("deadline", OptionType.STRING, "YYYY-MM-DD"),
								OptionSpec.optional("city", OptionType.STRING, "the pair's city it belongs to (yours)"),
								OptionSpec.optional("owner", OptionType.STRING, "the owner office (the profile's)")),
								members, tracking::plan),
						sub("show", "A pair: reasons, history, follow-ups and replication plan", List.of(pair),
								Access.everyone(), tracking::show),
						sub("report", "Pairs, meeting rate, statuses, cities left unmatched",
								List.of(OptionSpec.optionalArgument("cohort", OptionType.TEXT,
										"a cohort (all if left out)")),
								Access.roles(Role.MODERATOR, Role.COORDINATOR), reporting::report))));
	}

	@Override
	public List<ActionSpec> actions() {
		return List
			.of(new ActionSpec(FollowingUpTwins.ANSWER, Access.registered().and(access.membersOf(answering::pair)),
					answering::fromButton)
				.typedAs((value) -> "/twin answer " + value));
	}

	private static SubcommandSpec sub(String name, String description, List<OptionSpec> options, Access access,
			CommandHandler handler) {
		return new SubcommandSpec(name, description, options, access, handler);
	}

}
