package eu.agora.directory;

import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.Names;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * {@code /org}: the cities' sectoral partners.
 */
@Component
class OrganisationCommands implements CommandSet {

	private final Organisations organisations;

	private final JoiningCities joining;

	private final CityDirectory cities;

	OrganisationCommands(Organisations organisations, JoiningCities joining, CityDirectory cities) {
		this.organisations = organisations;
		this.joining = joining;
		this.cities = cities;
	}

	@Override
	public List<CommandSpec> commands() {
		return List.of(new CommandSpec("org", "Sectoral partner organisations", List.of(
				new SubcommandSpec("add", "Add a partner organisation",
						List.of(OptionSpec.argument("name", OptionType.TEXT, "the organisation's name"), OptionSpec
							.choice("sector", true, "its sector", Sector.ids()),
								OptionSpec.optional("city", OptionType.STRING, "the city it works with")),
						Access.roles(Role.MODERATOR, Role.COORDINATOR), this::add),
				new SubcommandSpec("list", "List partner organisations", List.of(), Access.everyone(), this::list),
				new SubcommandSpec("join", "Ask to represent an organisation",
						List.of(OptionSpec.argument("organisation", OptionType.TEXT, "the organisation's name or id")),
						Access.everyone(), this::join))));
	}

	private Reply add(CommandCall call) {
		Sector sector = Sector.parse(call.options().requiredText("sector")).orElseThrow();
		String cityKey = call.options().text("city").map(cities::resolve).map(City::key).orElse(null);
		Organisation organisation = organisations
			.create(Names.checked("An organisation's name", call.options().requiredText("name")), sector, cityKey);
		return Reply.text("Added **" + organisation.name() + "** (" + sector.id() + "), id `" + organisation.id()
				+ "`. Its people join with `/org join " + organisation.id() + "`.");
	}

	private Reply list(CommandCall call) {
		List<Organisation> all = organisations.all();
		if (all.isEmpty()) {
			return Reply
				.text("No partner organisations yet. A moderator adds one with `/org add <name> sector:<sector>`.");
		}
		String lines = all.stream()
			.map((org) -> "- **" + org.name() + "** (" + org.sector().id() + ")"
					+ ((org.cityKey() == null) ? "" : ", " + cities.byKey(org.cityKey()).map(City::name).orElse(""))
					+ " — `" + org.id() + "`")
			.collect(Collectors.joining("\n"));
		return Reply.of(new Element.Section(all.size() + " partner organisations", lines, List.of()));
	}

	private Reply join(CommandCall call) {
		Organisation organisation = organisations.resolve(call.options().requiredText("organisation"));
		if (organisation.id().equals(call.caller().organisationId())) {
			return Reply.text("You already represent **" + organisation.name() + "**.");
		}
		return joining.request(call.caller(), MembershipRequest.ORG + organisation.id());
	}

}
