package eu.agora.directory;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.SubcommandSpec;
import eu.agora.conversation.UserError;

/**
 * {@code /agora}: who am I, and granting or revoking roles.
 */
@Component
class AgoraCommands implements CommandSet {

	private static final List<String> ROLES = Arrays.stream(Role.values()).map(Role::id).toList();

	private final People people;

	private final Affiliations affiliations;

	private final RoleScopes scopes;

	private final CityDirectory cities;

	private final OrganisationDirectory organisations;

	private final LinkingAccounts linking;

	private final Auditing audit;

	private final MembershipRequests requests;

	private final PendingGrants pending;

	AgoraCommands(People people, Affiliations affiliations, RoleScopes scopes, CityDirectory cities,
			OrganisationDirectory organisations, LinkingAccounts linking, Auditing audit, MembershipRequests requests,
			PendingGrants pending) {
		this.pending = pending;
		this.audit = audit;
		this.requests = requests;
		this.linking = linking;
		this.people = people;
		this.affiliations = affiliations;
		this.scopes = scopes;
		this.cities = cities;
		this.organisations = organisations;
	}

	@Override
	public List<CommandSpec> commands() {
		OptionSpec person = OptionSpec.argument("person", OptionType.STRING, "the person: a mention, name or Agora id");
		OptionSpec role = new OptionSpec("role", OptionType.CHOICE, true, true, "the role", ROLES);
		return List.of(new CommandSpec("agora", "Your profile and people's roles",
				List.of(new SubcommandSpec("whoami", "Show what Agora knows about you", List.of(), Access.everyone(),
						this::whoami),
						new SubcommandSpec("role", "Grant a person a role",
								List.of(person, role, OptionSpec.optional("scope", OptionType.STRING,
										"EU, country:XX or region:<name> for coordinators; city:<city> for officers")),
								Access.roles(Role.ADMIN), this::grant),
						new SubcommandSpec("revoke", "Take a role away from a person", List.of(person, role),
								Access.roles(Role.ADMIN), this::revoke),
						new SubcommandSpec("link", "Join your accounts on Slack and Discord into one",
								List.of(OptionSpec.optional("code", OptionType.STRING,
										"the code /agora link gave you on the other platform")),
								Access.everyone(), this::link))));
	}

	private Reply whoami(CommandCall call) {
		Person person = people.byId(call.caller().personId()).orElseThrow();
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Agora id", person.id()));
		fields.add(new Element.Field("Accounts", String.join(", ", person.identities())));
		fields.add(new Element.Field("City", (person.cityKey() == null) ? "not registered — use /city register <city>"
				: cities.byKey(person.cityKey()).map(City::name).orElse(person.cityKey())));
		fields.add(new Element.Field("Organisation", (person.organisationId() == null) ? ""
				: organisations.byId(person.organisationId()).map(Organisation::name).orElse(person.organisationId())));
		fields.add(new Element.Field("Roles", describe(call.caller().roles())));
		fields.add(new Element.Field("Pending requests", pending(person.id())));
		return Reply.of(new Element.Section(person.displayName(), null, fields));
	}

	private Reply grant(CommandCall call) {
		String typed = call.options().requiredText("person");
		Role role = Role.parse(call.options().requiredText("role")).orElseThrow();
		RoleGrant grant = scopes.grant(role, call.options().text("scope").orElse(null));
		Optional<Person> known = find(typed, call);
		if (known.isEmpty()) {
			return holdForAccount(typed, grant, call);
		}
		Person person = known.get();
		audit.record(AuditEvent.GRANTED, person.id(), call.caller().personId(), auditScope(grant), role.id());
		affiliations.apply(person.id(), grant);
		return Reply.text(person.displayName() + " (" + person.id() + ") is now " + grant + ".");
	}

	/** The person meant, or none when the reference names an account not yet in Agora. */
	private Optional<Person> find(String typed, CommandCall call) {
		try {
			return Optional.of(people.resolve(typed, call.inbound().platform()));
		}
		catch (UserError unknown) {
			if (PlatformAccounts.identity(typed, call.inbound().platform()).isEmpty()) {
				throw new UserError("I don't know anyone called `" + typed + "`.",
						"Use their Agora id (see `/agora whoami`); for someone who has not written yet, "
								+ PlatformAccounts.form(call.inbound().platform()) + ".");
			}
			return Optional.empty();
		}
	}

	private Reply holdForAccount(String typed, RoleGrant grant, CommandCall call) {
		String identity = PlatformAccounts.identity(typed, call.inbound().platform()).orElseThrow();
		audit.record(AuditEvent.GRANTED, identity, call.caller().personId(), auditScope(grant),
				grant.role().id() + " (waiting for the first message)");
		pending.hold(identity, grant, call.caller().personId());
		return Reply.text(typed.strip() + " has not written to Agora yet; the grant waits for them: they become "
				+ grant + " with their first message (" + identity + ").");
	}

	private Reply revoke(CommandCall call) {
		String typed = call.options().requiredText("person");
		Role role = Role.parse(call.options().requiredText("role")).orElseThrow();
		Optional<Person> known = find(typed, call);
		if (known.isEmpty()) {
			return cancelWaiting(typed, role, call);
		}
		Person person = known.get();
		if (person.roles().stream().noneMatch((grant) -> grant.role() == role)) {
			throw new UserError(person.displayName() + " (" + person.id() + ") is not " + article(role) + ".",
					"Their roles: " + describe(person.roles()) + ".");
		}
		person.roles()
			.stream()
			.filter((held) -> held.role() == role)
			.forEach((held) -> audit.record(AuditEvent.REVOKED, person.id(), call.caller().personId(), auditScope(held),
					role.id()));
		affiliations.revoke(person.id(), role);
		return Reply.text(person.displayName() + " (" + person.id() + ") is no longer " + article(role) + ".");
	}

	private Reply cancelWaiting(String typed, Role role, CommandCall call) {
		String identity = PlatformAccounts.identity(typed, call.inbound().platform()).orElseThrow();
		PendingGrant cancelled = pending.cancel(identity, role)
			.orElseThrow(() -> new UserError(
					typed.strip() + " has not written to Agora yet, and no " + role.id() + " role waits for them.",
					"Check the name or id: `/agora audit` lists the grants, waiting ones too."));
		audit.record(AuditEvent.REVOKED, identity, call.caller().personId(), auditScope(cancelled.grant()),
				role.id() + " (cancelled before the first message)");
		return Reply.text("Cancelled: " + typed.strip() + " will not become " + cancelled.grant()
				+ " when they first write (" + identity + ").");
	}

	private Reply link(CommandCall call) {
		Optional<String> code = call.options().text("code");
		if (code.isEmpty()) {
			String issued = linking.issue(call.caller().personId());
			return Reply.text("On your other platform, run `/agora link code:" + issued + "` within "
					+ LinkingAccounts.VALIDITY.toMinutes() + " minutes to join both accounts into one.");
		}
		Person joined = linking.redeem(code.get(), call.caller().personId());
		return Reply
			.text("Linked: " + String.join(", ", joined.identities()) + " are now one person (" + joined.id() + ").");
	}

	private String pending(String personId) {
		return requests.of(personId)
			.stream()
			.filter((request) -> request.status() == MembershipRequest.Status.PENDING)
			.map((request) -> request.id() + ": " + JoiningCities.role(request.scope()) + " "
					+ (request.isCity() ? cities.nameOf(request.target())
							: organisations.byId(request.target()).map(Organisation::name).orElse(request.target())))
			.collect(Collectors.joining(", "));
	}

	/** Memberships are audited under their city or organisation, other roles as such. */
	private static String auditScope(RoleGrant grant) {
		return (grant.role() == Role.OFFICER || grant.role() == Role.PARTNER) ? grant.scope() : grant.toString();
	}

	private static String article(Role role) {
		return (role == Role.OFFICER || role == Role.ADMIN ? "an " : "a ") + role.id();
	}

	private static String describe(Set<RoleGrant> roles) {
		return roles.isEmpty() ? "none yet"
				: roles.stream().map(RoleGrant::toString).sorted().collect(Collectors.joining(", "));
	}

}
