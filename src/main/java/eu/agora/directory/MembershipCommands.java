package eu.agora.directory;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.ActionSpec;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.ObjectRule;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.UserError;

/**
 * Memberships in the catalog: {@code /city approve|decline|invite|remove}, the same under
 * {@code /org}, and the Approve / Decline buttons of a request. Each is for the city's
 * (or organisation's) approved officers, its coordinators and admins.
 */
@Component
class MembershipCommands implements CommandSet {

	private static final String CITY_DECIDERS = "officers of that city, its coordinators and admins";

	private static final String ORG_DECIDERS = "representatives of that organisation, its city's coordinators and admins";

	private final JoiningCities joining;

	private final InvitingOfficers inviting;

	private final MembershipRequests requests;

	private final Approvers approvers;

	private final People people;

	private final CityDirectory cities;

	MembershipCommands(JoiningCities joining, InvitingOfficers inviting, MembershipRequests requests,
			Approvers approvers, People people, CityDirectory cities) {
		this.joining = joining;
		this.inviting = inviting;
		this.requests = requests;
		this.approvers = approvers;
		this.people = people;
		this.cities = cities;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec person = OptionSpec.argument("person", OptionType.STRING, "the person: a mention, name or Agora id");
		Access city = Access.everyone().and(rule(CITY_DECIDERS, this::pendingCity));
		Access cityMember = Access.everyone()
			.and(rule(CITY_DECIDERS, (call) -> memberScope(call, MembershipRequest.CITY)));
		Access org = Access.everyone().and(rule(ORG_DECIDERS, this::pendingOrganisation));
		Access orgMember = Access.everyone()
			.and(rule(ORG_DECIDERS, (call) -> memberScope(call, MembershipRequest.ORG)));
		Access inviters = Access.everyone()
			.and(rule(CITY_DECIDERS,
					(call) -> MembershipRequest.CITY + cities.resolve(call.options().requiredText("city")).key()));
		return List.of(new CommandSpec("city", "Cities of the Mission: look up, list, register", List.of(
				new SubcommandSpec("approve", "Approve a person's request to be an officer of your city",
						List.of(person), city, (call) -> decide(call, MembershipRequest.CITY, true)),
				new SubcommandSpec("decline", "Decline a person's request to be an officer of your city",
						List.of(person), city, (call) -> decide(call, MembershipRequest.CITY, false)),
				new SubcommandSpec("invite", "A one-time code that lets a colleague join the city at once (7 days)",
						List.of(OptionSpec.argument("city", OptionType.TEXT, "the city")), inviters, this::invite),
				new SubcommandSpec("remove", "End a person's membership of their city", List.of(person), cityMember,
						(call) -> joining.remove(call.caller(), person(call), MembershipRequest.CITY)))),
				new CommandSpec("org", "Sectoral partner organisations", List.of(
						new SubcommandSpec("approve", "Approve a person's request to represent your organisation",
								List.of(person), org, (call) -> decide(call, MembershipRequest.ORG, true)),
						new SubcommandSpec("decline", "Decline a person's request to represent your organisation",
								List.of(person), org, (call) -> decide(call, MembershipRequest.ORG, false)),
						new SubcommandSpec("remove", "End a person's membership of their organisation", List.of(person),
								orgMember,
								(call) -> joining.remove(call.caller(), person(call), MembershipRequest.ORG)))));
	}

	@Override
	public List<ActionSpec> actions() {
		Access deciders = Access.everyone()
			.and(rule("officers, coordinators and admins of what is asked for", this::requestOfButton));
		return List.of(
				new ActionSpec(JoiningCities.APPROVE, deciders,
						(call) -> joining.decide(call.caller(), value(call), true)),
				new ActionSpec(JoiningCities.DECLINE, deciders,
						(call) -> joining.decide(call.caller(), value(call), false)));
	}

	private Reply decide(CommandCall call, String prefix, boolean approve) {
		return joining.decide(call.caller(), person(call), prefix, approve);
	}

	private Reply invite(CommandCall call) {
		City city = cities.resolve(call.options().requiredText("city"));
		String code = inviting.issue(call.caller(), city);
		return Reply.text("Invite code for **" + city.name() + "**: `" + code + "`. It works once, for "
				+ InvitingOfficers.VALIDITY.toDays() + " days: give it to your colleague, who runs `/city register "
				+ city.key() + " code:" + code + "`.");
	}

	private Person person(CommandCall call) {
		return people.resolve(call.options().requiredText("person"), call.inbound().platform());
	}

	private String pendingCity(CommandCall call) {
		return pendingScope(call, MembershipRequest.CITY);
	}

	private String pendingOrganisation(CommandCall call) {
		return pendingScope(call, MembershipRequest.ORG);
	}

	private String pendingScope(CommandCall call, String prefix) {
		Person person = person(call);
		return requests.pending(person.id(), prefix)
			.map(MembershipRequest::scope)
			.orElseThrow(() -> new UserError(
					person.displayName() + " has no pending request to join "
							+ (prefix.equals(MembershipRequest.CITY) ? "a city" : "an organisation") + ".",
					"Requests reach you as messages with Approve / Decline buttons; `/agora whoami` shows yours."));
	}

	private String memberScope(CommandCall call, String prefix) {
		Person person = person(call);
		String target = prefix.equals(MembershipRequest.CITY) ? person.cityKey() : person.organisationId();
		if (target == null) {
			throw new UserError(
					person.displayName() + " is not a member of any "
							+ (prefix.equals(MembershipRequest.CITY) ? "city" : "organisation") + ".",
					"Nothing was changed.");
		}
		return prefix + target;
	}

	private String requestOfButton(CommandCall call) {
		return requests.byId(value(call))
			.map(MembershipRequest::scope)
			.orElseThrow(() -> new UserError("That membership request no longer exists."));
	}

	private static String value(CommandCall call) {
		return call.options().text("value").orElse("");
	}

	/** The people who may decide for the scope {@code scope} computes from a call. */
	private ObjectRule rule(String who, Function<CommandCall, String> scope) {
		return new ObjectRule(who, (call) -> {
			String asked = scope.apply(call);
			return approvers.mayDecide(
					call.caller(), asked)
							? Optional.empty()
							: Optional.of(new UserError(
									"Only " + approvers.nameOf(asked) + "'s "
											+ (asked.startsWith(MembershipRequest.CITY) ? "officers"
													: "representatives")
											+ ", its coordinators and admins do that.",
									"Nothing was changed."));
		});
	}

}
