package eu.agora.directory;

import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.RoleGrant;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
class DirectoryCommandsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoPeople people;

	private final String ola = unique("ola");

	@Test
	void anApprovedRegistrationMakesThePersonAnOfficerOfTheCity() {
		Reply reply = say(ola, "/city register Łódź");
		Reply approved = say("shell-admin", "/city approve " + ola);

		assertThat(reply.error()).isFalse();
		assertThat(text(reply)).contains("officer of Łódź").contains("pending");
		assertThat(text(approved)).contains("Approved");
		assertThat(text(say(ola, "/agora whoami"))).containsPattern("City +Łódź").contains("officer (city:lodz)");
		assertThat(text(say(ola, "/city register lodz"))).contains("already registered");
	}

	@Test
	void registeringWithAnotherCityReplacesTheFirstOnceApproved() {
		say(ola, "/city register Turku");
		say("shell-admin", "/city approve " + ola);

		String reply = text(say(ola, "/city register Tampere"));
		say("shell-admin", "/city approve " + ola);

		assertThat(reply).contains("Tampere").contains("pending");
		assertThat(people.identify(shell(ola)).roles()).extracting(Object::toString)
			.containsExactly("officer (city:tampere)");
	}

	@Test
	void anUnknownCityIsNotStored() {
		Reply reply = say(ola, "/city register Lodzz");

		assertThat(reply.error()).isTrue();
		assertThat(text(reply)).contains("Did you mean Łódź");
		assertThat(people.identify(shell(ola)).cityKey()).isNull();
	}

	@Test
	void theSamePlatformAccountIsAlwaysTheSamePerson() {
		Caller first = people.identify(shell(ola));
		Caller again = people.identify(shell(ola));
		Caller other = people.identify(shell(unique("bo")));

		assertThat(again.personId()).isEqualTo(first.personId()).startsWith("P-");
		assertThat(other.personId()).isNotEqualTo(first.personId());
	}

	@Test
	void aNewAccountSeenByManyThreadsAtOnceBecomesOnePerson() throws Exception {
		Sender newcomer = new Sender(Platform.SLACK, unique("U"), "Newcomer");
		Callable<String> identify = () -> people.identify(newcomer).personId();
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<String>> ids = pool.invokeAll(Collections.nCopies(16, identify));
			assertThat(ids.stream().map(DirectoryCommandsTests::get).distinct()).hasSize(1);
		}
	}

	@Test
	void theConfiguredShellAdminIsAnAdmin() {
		assertThat(people.identify(shell("shell-admin")).has(Role.ADMIN)).isTrue();
		assertThat(people.identify(shell(ola)).has(Role.ADMIN)).isFalse();
	}

	@Test
	void anAdminGrantsAScopedCoordinatorRoleAndRevokesIt() {
		say(ola, "/agora whoami");

		Reply granted = say("shell-admin", "/agora role " + ola + " coordinator scope:country:pl");

		assertThat(granted.error()).isFalse();
		assertThat(text(granted)).contains("is now coordinator (country:PL)");
		assertThat(people.identify(shell(ola)).roles()).extracting(Object::toString)
			.containsExactly("coordinator (country:PL)");
		assertThat(text(say("shell-admin", "/agora revoke " + ola + " coordinator")))
			.contains("no longer a coordinator");
		assertThat(people.identify(shell(ola)).roles()).isEmpty();
	}

	@Test
	void roleGrantsCheckPersonRoleAndScope() {
		say(ola, "/agora whoami");

		assertThat(text(say("shell-admin", "/agora role P-999999 moderator"))).contains("I don't know anyone")
			.contains("shell user name");
		assertThat(text(say("shell-admin", "/agora role \"two words\" moderator"))).contains("I don't know anyone");
		assertThat(text(say("shell-admin", "/agora role " + ola + " mayor")))
			.contains("`role` must be one of".replace("`", ""));
		assertThat(text(say("shell-admin", "/agora role " + ola + " coordinator scope:galaxy")))
			.contains("scope is EU, a country or a region");
		assertThat(text(say("shell-admin", "/agora role " + ola + " coordinator scope:country:XX")))
			.contains("not a country code");
		assertThat(text(say("shell-admin", "/agora revoke " + ola + " moderator"))).contains("is not a moderator");
		assertThat(people.identify(shell(ola)).roles()).isEmpty();
	}

	@Test
	void aRoleGrantedBeforeThePersonWroteWaitsAndIsAppliedAtTheirFirstMessage() {
		Reply granted = say("shell-admin", "/agora role " + ola + " moderator");

		assertThat(granted.error()).isFalse();
		assertThat(text(granted)).contains("has not written to Agora yet").contains("waits for them");
		assertThat(text(say(ola, "/agora whoami"))).contains("moderator");
		assertThat(people.identify(shell(ola)).roles()).extracting(Object::toString).containsExactly("moderator");
	}

	@Test
	void revokingAWaitingGrantCancelsItBeforeThePersonWrites() {
		say("shell-admin", "/agora role " + ola + " moderator");

		Reply cancelled = say("shell-admin", "/agora revoke " + ola + " moderator");

		assertThat(cancelled.error()).isFalse();
		assertThat(text(cancelled)).contains("Cancelled")
			.contains("will not become moderator")
			.contains("shell:" + ola);
		assertThat(people.identify(shell(ola)).roles()).isEmpty();
	}

	@Test
	void revokingARoleThatWaitsForNobodySaysSoAndHowToCheck() {
		say("shell-admin", "/agora role " + ola + " moderator");

		Reply refused = say("shell-admin", "/agora revoke " + ola + " coordinator");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("has not written to Agora yet, and no coordinator role waits for them")
			.contains("/agora audit");
		assertThat(people.identify(shell(ola)).roles()).extracting(Object::toString).containsExactly("moderator");
	}

	@Test
	void pendingGrantsByMentionOnEachPlatformWaitForThatAccountOnly() {
		String slackId = "U" + UUID.randomUUID().toString().replace("-", "").substring(0, 9).toUpperCase();
		String discordId = "8035111022467" + (100000 + new Random().nextInt(899999));

		say(Platform.SLACK, "<@" + slackId + "|ola>", "coordinator scope:country:pl");
		say(Platform.DISCORD, "<@!" + discordId + ">", "officer scope:city:Sevilla");

		assertThat(people.identify(new Sender(Platform.SHELL, slackId, slackId)).roles()).isEmpty();
		assertThat(people.identify(new Sender(Platform.SLACK, slackId, "Ola")).roles()).extracting(Object::toString)
			.containsExactly("coordinator (country:PL)");
		assertThat(people.identify(new Sender(Platform.DISCORD, discordId, "Ola")).cityKey()).isEqualTo("seville");
	}

	@Test
	void grantingTheOfficerRoleRegistersTheCity() {
		say(ola, "/agora whoami");

		say("shell-admin", "/agora role " + ola + " officer scope:city:Sevilla");

		assertThat(people.identify(shell(ola)).cityKey()).isEqualTo("seville");
	}

	@Test
	void onlyAdminsReimportTheCityListAndNothingChangesWhenTheFileDidNot() {
		Reply refused = say(ola, "/city import");
		Reply imported = say("shell-admin", "/city import");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("/city import is for admins");
		assertThat(text(imported)).isEqualTo("Imported 112 cities: 0 new, 0 updated, 112 unchanged.");
	}

	@Test
	void citiesAreListedByCountry() {
		String poland = text(say(ola, "/city list country:PL"));
		String byName = text(say(ola, "/city list country:Poland"));

		assertThat(poland).contains("5 cities").contains("Poland: Kraków, Łódź, Rzeszów, Warsaw, Wrocław");
		assertThat(byName).isEqualTo(poland);
		assertThat(text(say(ola, "/city list country:US"))).contains("no cities in United States");
		assertThat(say(ola, "/city list country:Atlantis").error()).isTrue();
	}

	@Test
	void moderatorsAddEuropeanCitiesOutsideTheMissionWhoseOfficersThenRegister() {
		String town = "Braga " + UUID.randomUUID().toString().substring(0, 4);

		assertThat(say(ola, "/city add " + town + " country:PT").error()).isTrue();
		Reply added = say("shell-admin", "/city add " + town + " country:PT region:Norte");
		Reply again = say("shell-admin", "/city add " + town.toLowerCase() + " country:PT");
		Reply registered = say(ola, "/city register " + town);
		say("shell-admin", "/city approve " + ola);

		assertThat(added.error()).as(text(added)).isFalse();
		assertThat(text(added)).contains("European city").contains("Europe/Lisbon").contains("Portuguese");
		assertThat(again.error()).isTrue();
		assertThat(text(registered)).contains("officer of " + town).contains("pending");
		assertThat(people.identify(shell(ola)).cityKey()).isNotNull();
		assertThat(text(say("shell-admin", "/city import"))).contains("Imported 112 cities");
		assertThat(text(say(ola, "/city show " + town))).contains("European city");
	}

	@Test
	void partnersAreAddedByModeratorsAndJoinedByTheirPeople() {
		String name = "Lodz University " + UUID.randomUUID().toString().substring(0, 6);
		assertThat(say(ola, "/org add \"" + name + "\" sector:academia").error()).isTrue();

		Reply added = say("shell-admin", "/org add \"" + name + "\" sector:academia city:lodz");
		Reply duplicate = say("shell-admin", "/org add \"" + name.toUpperCase() + "\" sector:academia");
		Reply joined = say(ola, "/org join " + name);
		Reply approved = say("shell-admin", "/org approve " + ola);

		assertThat(added.error()).isFalse();
		assertThat(duplicate.error()).isTrue();
		assertThat(text(duplicate)).contains("already an organisation");
		assertThat(text(joined)).contains("representative of " + name).contains("pending");
		assertThat(text(approved)).contains("Approved");
		assertThat(people.identify(shell(ola)).roles()).extracting(Object::toString)
			.anySatisfy((grant) -> assertThat(grant).startsWith("partner (org:lodz-university"));
		assertThat(text(say(ola, "/org list"))).contains(name).contains("Łódź");
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(shell(user), new Input.CommandText(text)));
	}

	private void say(Platform platform, String person, String grant) {
		Sender admin = new Sender(platform, unique("admin"), "Admin");
		people.grant(people.identify(admin).personId(), RoleGrant.of(Role.ADMIN));
		Reply reply = conversation
			.handle(Inbound.direct(admin, new Input.CommandText("/agora role " + person + " " + grant)));
		assertThat(text(reply)).contains("waits for them");
	}

	private static Sender shell(String user) {
		return new Sender(Platform.SHELL, user, user);
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

	private static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private static String get(Future<String> future) {
		try {
			return future.get();
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
