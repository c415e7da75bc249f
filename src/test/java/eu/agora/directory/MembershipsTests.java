package eu.agora.directory;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import eu.agora.AgoraTest;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Role;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Joining a city or organisation is a request that its officers, coordinators and admins
 * decide; invite codes work once; every step is in the audit history.
 */
@AgoraTest
@Import(RecordingMessenger.Config.class)
class MembershipsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoPeople people;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	MongoTemplate mongo;

	final String officer = unique("inma");

	final String newcomer = unique("pablo");

	final String city = "Turku";

	@BeforeEach
	void turkuHasAnApprovedOfficer() {
		say(officer, "/city register " + city);
		say("shell-admin", "/city approve " + officer);
		messenger.clear();
	}

	@Test
	void aRegistrationIsPendingAndActsForNobodyUntilApproved() {
		Reply pending = say(newcomer, "/city register " + city);

		assertThat(pending.error()).isFalse();
		assertThat(text(pending)).contains("pending").contains("act for nobody");
		Caller caller = people.identify(shell(newcomer));
		assertThat(caller.cityKey()).isNull();
		assertThat(caller.has(Role.OFFICER)).isFalse();
		assertThat(people.officersOf("turku")).extracting(Person::displayName)
			.contains(officer)
			.doesNotContain(newcomer);
		assertThat(say(newcomer, "/commit list city:turku").error()).isTrue();
	}

	@Test
	void theCitysOfficersAreAskedWithApproveAndDeclineButtonsAndAnOfficerApproves() {
		say(newcomer, "/city register " + city);

		assertThat(messenger.sentTo(officer)).singleElement()
			.asString()
			.contains(newcomer)
			.contains("asks to become an officer of")
			.contains("[Approve]")
			.contains("[Decline]");
		Reply approved = say(officer, "/city approve " + newcomer);

		assertThat(approved.error()).as(text(approved)).isFalse();
		assertThat(people.identify(shell(newcomer)).cityKey()).isEqualTo("turku");
		assertThat(messenger.sentTo(newcomer)).anySatisfy((line) -> assertThat(line).contains("was approved"));
	}

	@Test
	void theApproveButtonCarriesTheRequestAndOnlyDecidersMayPressIt() {
		Reply pending = say(newcomer, "/city register " + city);
		String request = requestId(text(pending));
		String stranger = unique("mallory");
		say(stranger, "/city register Lodz");

		Reply refused = press(stranger, JoiningCities.APPROVE, request);
		Reply approved = press(officer, JoiningCities.APPROVE, request);

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only Turku's officers");
		assertThat(approved.error()).as(text(approved)).isFalse();
		assertThat(people.identify(shell(newcomer)).cityKey()).isEqualTo("turku");
		assertThat(text(press(officer, JoiningCities.APPROVE, request))).contains("already approved");
	}

	@Test
	void anOfficerOfAnotherCityCannotApproveAndADeclineLeavesThePersonOutside() {
		String other = unique("lars");
		say(other, "/city register Malmö");
		say("shell-admin", "/city approve " + other);
		say(newcomer, "/city register " + city);

		Reply refused = say(other, "/city approve " + newcomer);
		Reply declined = say(officer, "/city decline " + newcomer);

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only Turku's officers").contains("Nothing was changed");
		assertThat(text(declined)).contains("Declined");
		assertThat(people.identify(shell(newcomer)).cityKey()).isNull();
		assertThat(say(officer, "/city approve " + newcomer).error()).isTrue();
	}

	@Test
	void anInviteCodeWorksOnceOnlyAndOnlyForItsCity() {
		String code = code(text(say(officer, "/city invite " + city)));
		String second = unique("ana");

		Reply wrongCity = say(newcomer, "/city register Lodz code:" + code);
		Reply joined = say(newcomer, "/city register " + city + " code:" + code.toLowerCase());
		Reply again = say(second, "/city register " + city + " code:" + code);

		assertThat(wrongCity.error()).isTrue();
		assertThat(joined.error()).as(text(joined)).isFalse();
		assertThat(people.identify(shell(newcomer)).cityKey()).isEqualTo("turku");
		assertThat(again.error()).isTrue();
		assertThat(text(again)).contains("unknown, used already").contains("/city invite turku");
		assertThat(people.identify(shell(second)).cityKey()).isNull();
	}

	@Test
	void onlyTheCitysDecidersIssueInvites() {
		Reply refused = say(newcomer, "/city invite " + city);

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only Turku's officers");
	}

	@Test
	void anOfficerRemovesAMemberWhoThenActsForNobody() {
		say(newcomer, "/city register " + city);
		say(officer, "/city approve " + newcomer);

		Reply removed = say(officer, "/city remove " + newcomer);

		assertThat(removed.error()).as(text(removed)).isFalse();
		Caller caller = people.identify(shell(newcomer));
		assertThat(caller.cityKey()).isNull();
		assertThat(caller.has(Role.OFFICER)).isFalse();
	}

	@Test
	void anAdminOrACoordinatorOfTheCityJoinsAtOnce() {
		String coordinator = unique("coord");
		say(coordinator, "/agora whoami");
		say("shell-admin", "/agora role " + coordinator + " coordinator scope:country:FI");

		Reply joined = say(coordinator, "/city register " + city);

		assertThat(text(joined)).contains("You are now an officer of");
		assertThat(people.identify(shell(coordinator)).cityKey()).isEqualTo("turku");
	}

	@Test
	void joiningAnOrganisationIsARequestToo() {
		String name = "Turku Energy " + UUID.randomUUID().toString().substring(0, 6);
		say("shell-admin", "/org add \"" + name + "\" sector:industry city:turku");

		Reply pending = say(newcomer, "/org join " + name);
		Caller before = people.identify(shell(newcomer));
		Reply approved = say(officer, "/org approve " + newcomer);

		assertThat(text(pending)).contains("pending");
		assertThat(before.organisationId()).isNull();
		assertThat(approved.error()).isTrue();
		assertThat(say("shell-admin", "/org approve " + newcomer).error()).isFalse();
		assertThat(people.identify(shell(newcomer)).has(Role.PARTNER)).isTrue();
	}

	@Test
	void theAuditShowsEveryStepOfACityToAdminsOnly() {
		say(newcomer, "/city register " + city);
		say(officer, "/city approve " + newcomer);
		say(officer, "/city remove " + newcomer);

		String audit = text(say("shell-admin", "/agora audit city:" + city));
		Reply refused = say(officer, "/agora audit city:" + city);

		assertThat(audit).contains("requested " + newcomer)
			.contains("approved " + newcomer)
			.contains("removed " + newcomer)
			.contains("by " + officer);
		assertThat(refused.error()).isTrue();
		assertThat(text(say("shell-admin", "/agora audit " + newcomer))).contains("requested").contains("removed");
	}

	@Test
	void peopleStoredAsOfficersBeforeRequestsExistedStayOfficers() {
		String veteran = unique("veteran");
		mongo.insert(
				new PersonDocument("P-9" + Math.abs(veteran.hashCode()), veteran, List.of("shell:" + veteran), "turku",
						null, List.of(new PersonDocument.Grant("OFFICER", "city:turku")), Instant.now(), 0L),
				MongoPeople.COLLECTION);

		Caller caller = people.identify(shell(veteran));

		assertThat(caller.cityKey()).isEqualTo("turku");
		assertThat(caller.has(Role.OFFICER)).isTrue();
		assertThat(people.officersOf("turku")).extracting(Person::displayName).contains(veteran);
		assertThat(mongo.count(Query.query(Criteria.where("personId").is(caller.personId())),
				MongoMembershipRequests.COLLECTION))
			.isZero();
	}

	private Reply press(String user, String actionId, String value) {
		return conversation.handle(Inbound.direct(shell(user), new Input.Action(actionId, value, null, List.of())));
	}

	private static String requestId(String text) {
		Matcher matcher = Pattern.compile("\\((M-\\d+)\\)").matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	private static String code(String text) {
		Matcher matcher = Pattern.compile("code:([A-Z0-9]{10})").matcher(text);
		assertThat(matcher.find()).as(text).isTrue();
		return matcher.group(1);
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(shell(user), new Input.CommandText(text)));
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

}
