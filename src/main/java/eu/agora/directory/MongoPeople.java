package eu.agora.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Callers;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;
import eu.agora.conversation.UserError;
import eu.agora.storage.Sequences;

/**
 * People — {@link People}, {@link Callers} and their {@link Affiliations} — in the
 * {@code people} collection. Meeting a new platform account creates a person; every
 * change is one single-document update. The unique index on identities, created before
 * the first use, is what makes one platform account one person, even when it is first
 * seen twice at once.
 */
@Component
class MongoPeople implements People, Callers, Affiliations {

	static final String COLLECTION = "people";

	private static final int MAX_ATTEMPTS = 5;

	private final MongoTemplate mongo;

	private final Sequences sequences;

	private final Set<String> admins;

	private final Map<String, Role> platformRoles;

	private final Clock clock;

	private final PendingGrants pending;

	MongoPeople(MongoTemplate mongo, Sequences sequences, DirectoryProperties properties, Clock clock,
			PendingGrants pending) {
		this.mongo = mongo;
		this.pending = pending;
		this.sequences = sequences;
		this.admins = Set.copyOf(properties.admins());
		this.platformRoles = properties.platformRoles();
		this.clock = clock;
		mongo.indexOps(COLLECTION).createIndex(new Index("identities", Sort.Direction.ASC).unique());
		mongo.indexOps(COLLECTION).createIndex(new Index("cityKey", Sort.Direction.ASC));
	}

	@Override
	public Caller identify(Sender sender) {
		Person person = named(byIdentity(sender.identity()).orElseGet(() -> create(sender)), sender);
		Set<RoleGrant> roles = new HashSet<>(person.roles());
		if (person.identities().stream().anyMatch(admins::contains)) {
			roles.add(RoleGrant.of(Role.ADMIN));
		}
		sender.platformRoles()
			.stream()
			.map((name) -> platformRoles.get(sender.platform().id() + ":" + name))
			.filter(Objects::nonNull)
			.forEach((role) -> roles.add(RoleGrant.of(role)));
		return new Caller(person.id(), person.displayName(), roles, person.cityKey(), person.organisationId());
	}

	@Override
	public Optional<Person> byId(String personId) {
		return Optional.ofNullable(mongo.findById(personId, PersonDocument.class, COLLECTION))
			.map(PersonDocument::toPerson);
	}

	@Override
	public List<Person> officersOf(String cityKey) {
		return mongo.find(Query.query(Criteria.where("cityKey").is(cityKey)), PersonDocument.class, COLLECTION)
			.stream()
			.map(PersonDocument::toPerson)
			.toList();
	}

	@Override
	public List<Person> coordinatorsOf(City city) {
		Set<String> scopes = Set.of(RoleGrant.EU, "country:" + city.country(),
				"region:" + city.country() + "/" + city.region(), "region:" + city.region());
		return mongo
			.find(Query.query(Criteria.where("roles.role").is(Role.COORDINATOR.name())), PersonDocument.class,
					COLLECTION)
			.stream()
			.map(PersonDocument::toPerson)
			.filter((person) -> person.roles()
				.stream()
				.anyMatch((grant) -> grant.role() == Role.COORDINATOR && scopes.contains(grant.scope())))
			.toList();
	}

	@Override
	public Person resolve(String typed, Platform platform) {
		String reference = typed.strip();
		Matcher mention = PlatformAccounts.MENTION.matcher(reference);
		if (mention.matches()) {
			reference = mention.group(1);
		}
		String userId = reference.startsWith("@") ? reference.substring(1) : reference;
		return byId(userId.toUpperCase(Locale.ROOT)).or(() -> byIdentity(platform.id() + ":" + userId))
			.orElseThrow(() -> new UserError("I don't know anyone called `" + typed + "`.",
					"People appear once they have written to Agora; use their Agora id (see `/agora whoami`) or mention them."));
	}

	Optional<Person> byIdentity(String identity) {
		return Optional
			.ofNullable(mongo.findOne(Query.query(Criteria.where("identities").is(identity)), PersonDocument.class,
					COLLECTION))
			.map(PersonDocument::toPerson);
	}

	/** Sets the person's city and makes them its officer (replacing an earlier city). */
	@Override
	public void registerWithCity(String personId, String cityKey) {
		RoleGrant officer = new RoleGrant(Role.OFFICER, "city:" + cityKey);
		change(personId, (person) -> new Update().set("cityKey", cityKey).set("roles", replaced(person, officer)));
	}

	/** Adds a role, replacing the same role held with another scope. */
	@Override
	public void grant(String personId, RoleGrant grant) {
		change(personId, (person) -> new Update().set("roles", replaced(person, grant)));
	}

	@Override
	public void revoke(String personId, Role role) {
		change(personId, (person) -> new Update().set("roles", without(person, role)));
	}

	@Override
	public void joinOrganisation(String personId, String organisationId) {
		RoleGrant partner = new RoleGrant(Role.PARTNER, "org:" + organisationId);
		change(personId,
				(person) -> new Update().set("organisationId", organisationId).set("roles", replaced(person, partner)));
	}

	@Override
	public void merge(Person source, Person target) {
		Set<PersonDocument.Grant> roles = new LinkedHashSet<>();
		target.roles().forEach((grant) -> roles.add(PersonDocument.Grant.of(grant)));
		source.roles().forEach((grant) -> roles.add(PersonDocument.Grant.of(grant)));
		Update update = new Update().set("roles", new ArrayList<>(roles));
		if (target.cityKey() == null && source.cityKey() != null) {
			update.set("cityKey", source.cityKey());
		}
		if (target.organisationId() == null && source.organisationId() != null) {
			update.set("organisationId", source.organisationId());
		}
		mongo.updateFirst(Query.query(Criteria.where("_id").is(target.id())), update.inc("version", 1),
				PersonDocument.class, COLLECTION);
		mongo.remove(Query.query(Criteria.where("_id").is(source.id())), PersonDocument.class, COLLECTION);
		mongo.updateFirst(Query.query(Criteria.where("_id").is(target.id())),
				new Update().addToSet("identities").each(source.identities().toArray()).inc("version", 1),
				PersonDocument.class, COLLECTION);
	}

	@Override
	public void leaveCity(String personId) {
		change(personId, (person) -> new Update().unset("cityKey").set("roles", without(person, Role.OFFICER)));
	}

	@Override
	public void leaveOrganisation(String personId) {
		change(personId, (person) -> new Update().unset("organisationId").set("roles", without(person, Role.PARTNER)));
	}

	@Override
	public void delete(String personId) {
		mongo.remove(Query.query(Criteria.where("_id").is(personId)), PersonDocument.class, COLLECTION);
	}

	@Override
	public List<Person> admins() {
		Criteria admin = new Criteria().orOperator(Criteria.where("roles.role").is(Role.ADMIN.name()),
				Criteria.where("identities").in(admins));
		return mongo.find(Query.query(admin), PersonDocument.class, COLLECTION)
			.stream()
			.map(PersonDocument::toPerson)
			.toList();
	}

	private static List<PersonDocument.Grant> replaced(PersonDocument person, RoleGrant grant) {
		List<PersonDocument.Grant> roles = without(person, grant.role());
		roles.add(PersonDocument.Grant.of(grant));
		return roles;
	}

	private static List<PersonDocument.Grant> without(PersonDocument person, Role role) {
		List<PersonDocument.Grant> roles = new ArrayList<>(person.roles());
		roles.removeIf((held) -> role.name().equals(held.role()));
		return roles;
	}

	/**
	 * Applies a change computed from the current document, guarded by its version so that
	 * two concurrent changes never lose one another.
	 */
	private void change(String personId, Function<PersonDocument, Update> change) {
		for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
			PersonDocument current = mongo.findById(personId, PersonDocument.class, COLLECTION);
			if (current == null) {
				throw new IllegalStateException("No person " + personId);
			}
			Query sameVersion = Query.query(Criteria.where("_id").is(personId).and("version").is(current.version()));
			if (mongo
				.updateFirst(sameVersion, change.apply(current).inc("version", 1), PersonDocument.class, COLLECTION)
				.getModifiedCount() == 1) {
				return;
			}
		}
		throw new ConcurrentModificationException("Person " + personId + " keeps changing; try again");
	}

	private Person create(Sender sender) {
		String id = "P-" + sequences.next("person");
		PersonDocument fresh = new PersonDocument(id, sender.displayName(), List.of(sender.identity()), null, null,
				List.of(), clock.instant(), 0L);
		try {
			return welcome(mongo.insert(fresh, COLLECTION).toPerson(), sender.identity());
		}
		catch (DuplicateKeyException raced) {
			return byIdentity(sender.identity()).orElseThrow(() -> raced);
		}
	}

	/**
	 * The person, named as the platform names them now where Agora only knew their
	 * account id (a person first met through a mention that carried no name).
	 */
	private Person named(Person person, Sender sender) {
		if (!person.displayName().equals(sender.userId()) || sender.displayName().equals(sender.userId())) {
			return person;
		}
		change(person.id(), (current) -> new Update().set("displayName", sender.displayName()));
		return byId(person.id()).orElse(person);
	}

	/** Gives a person just met the roles an admin granted their account before. */
	private Person welcome(Person person, String identity) {
		List<RoleGrant> waiting = pending.take(identity);
		waiting.forEach((grant) -> apply(person.id(), grant));
		return waiting.isEmpty() ? person : byId(person.id()).orElse(person);
	}

}
