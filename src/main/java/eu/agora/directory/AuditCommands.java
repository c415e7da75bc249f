package eu.agora.directory;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Access;
import eu.agora.conversation.CommandCall;
import eu.agora.conversation.CommandSet;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.Element;
import eu.agora.conversation.OptionSpec;
import eu.agora.conversation.OptionType;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.SubcommandSpec;

/**
 * {@code /agora audit [person] [city:<city>] [org:<organisation>]}: the audit history,
 * for admins. People are shown by name where they are still known, by id (or their
 * anonymous subject, after erasure) otherwise.
 */
@Component
class AuditCommands implements CommandSet {

	static final int LATEST = 50;

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
		.withZone(ZoneOffset.UTC);

	private final AuditTrail trail;

	private final People people;

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	AuditCommands(AuditTrail trail, People people, CityDirectory cities, OrganisationDirectory organisations) {
		this.trail = trail;
		this.people = people;
		this.cities = cities;
		this.organisations = organisations;
	}

	@Override
	public List<CommandSpec> commands() {
		return List.of(new CommandSpec("agora", "Your profile and people's roles",
				List.of(new SubcommandSpec("audit",
						"The history of memberships and roles: of a person, a city or an org",
						List.of(OptionSpec.optionalArgument("person", OptionType.STRING,
								"a person: a mention, name or Agora id"),
								OptionSpec.optional("city", OptionType.STRING, "a city"),
								OptionSpec.optional("org", OptionType.STRING, "a partner organisation")),
						Access.roles(Role.ADMIN), this::audit))));
	}

	private Reply audit(CommandCall call) {
		Optional<String> city = call.options().text("city");
		Optional<String> org = call.options().text("org");
		Optional<String> person = call.options().text("person");
		List<AuditEvent> events;
		String title;
		if (city.isPresent()) {
			City found = cities.resolve(city.get());
			events = trail.inScope(MembershipRequest.CITY + found.key());
			title = "Audit of " + found.name();
		}
		else if (org.isPresent()) {
			Organisation found = organisations.resolve(org.get());
			events = trail.inScope(MembershipRequest.ORG + found.id());
			title = "Audit of " + found.name();
		}
		else if (person.isPresent()) {
			Person found = people.resolve(person.get(), call.inbound().platform());
			events = trail.involving(found.id());
			title = "Audit of " + found.displayName() + " (" + found.id() + ")";
		}
		else {
			events = trail.latest(LATEST);
			title = "Latest audit events";
		}
		String lines = events.isEmpty() ? "No events yet."
				: events.stream().map(this::line).collect(Collectors.joining("\n"));
		return Reply.of(new Element.Section(title + " (" + events.size() + ")", lines, List.of()));
	}

	private String line(AuditEvent event) {
		String by = event.actor().equals(event.subject()) ? "" : " — by " + who(event.actor());
		String note = (event.note() == null) ? "" : " (" + event.note() + ")";
		return "- " + TIME.format(event.at()) + " **" + event.type() + "** " + who(event.subject()) + " · "
				+ event.scope() + by + note;
	}

	private String who(String personId) {
		String name = people.nameOf(personId);
		return name.equals(personId) ? personId : name + " (" + personId + ")";
	}

}
