package eu.agora.commitments;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class CommitmentsTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	RecordingMessenger messenger;

	final String ola = unique("ola");

	final String title = "Heat pumps " + UUID.randomUUID();

	@BeforeEach
	void registerOla() {
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
	}

	@Test
	void addingWithOptionsStoresTypedValuesAndACreatedEvent() {
		String id = add(ola, "");

		Commitment stored = mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION);
		assertThat(stored.cityKey()).isEqualTo("lodz");
		assertThat(stored.target()).isEqualTo(new Quantity(new BigDecimal("40"), "% CO2e", 2030));
		assertThat(stored.budget().amount()).isEqualByComparingTo("2500000");
		assertThat(stored.budget().currency()).isEqualTo("EUR");
		assertThat(stored.baseline().year()).isEqualTo(2019);
		assertThat(events(id)).extracting(CommitmentEvent::type).containsExactly("created");
	}

	@Test
	void everyUpdateIsAnEventAndShowTellsTheWholeHistory() {
		String id = add(ola, "");
		say(ola, "/commit update " + id + " progress:20 status:in-progress note:\"tender launched\"");
		say(ola, "/commit update " + id + " progress:35 evidence:https://example.org/heat");

		String shown = text(say(ola, "/commit show " + id));

		assertThat(events(id)).extracting(CommitmentEvent::sequence).containsExactly(1L, 2L, 3L);
		assertThat(shown).contains("History (3 events)")
			.contains("progress: 0 → 20")
			.contains("“tender launched”")
			.contains("progress: 20 → 35")
			.contains("in-progress, 35 %");
	}

	@Test
	void anOfficerOfAnotherCityCannotUpdateIt() {
		String id = add(ola, "");
		String bo = unique("bo");
		say(bo, "/city register Turku");
		say("shell-admin", "/city approve " + bo);

		Reply refused = say(bo, "/commit update " + id + " progress:90");

		assertThat(refused.error()).isTrue();
		assertThat(text(refused)).contains("Only Łódź's officers");
		assertThat(mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION).progress()).isZero();
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void badInputNamesTheFieldAndStoresNothing() {
		long before = mongo.count(new Query(), MongoCommitments.COLLECTION);
		String base = " title:\"" + title + " x\" owner:\"Energy\" domain:energy deadline:2030-12-31";

		assertThat(error("/commit add city:Atlantis target:\"40 % by 2030\"" + base)).contains("city")
			.contains("Atlantis");
		assertThat(error("/commit add target:\"40 % by 2030\" domain:space" + base.replace("domain:energy", "")))
			.contains("domain must be one of");
		assertThat(error("/commit add target:\"40 % by 2018\" baseline:\"100 kt CO2e in 2019\"" + base))
			.contains("target year 2018 is before the baseline year 2019");
		assertThat(error("/commit add target:\"40 % by 2030\"" + base.replace("2030-12-31", "2020-01-01")))
			.contains("deadline is in the past");
		assertThat(error("/commit add target:\"forty % by 2030\"" + base)).contains("target must have a number")
			.contains("100 % electric buses by 2030");
		assertThat(error("/commit add target:\"40 ¤¤ by 2030\"" + base)).contains("unit I can't read");
		assertThat(error("/commit add target:\"40 % by 2030\" budget:\"5 XYZ\"" + base)).contains("unknown currency");
		assertThat(error(
				"/commit add target:\"40 % by 2030\" deadline:05/06/2030" + base.replace(" deadline:2030-12-31", "")))
			.contains("deadline 05/06/2030 could be 5 June or 6 May");
		assertThat(mongo.count(new Query(), MongoCommitments.COLLECTION)).isEqualTo(before);
	}

	@Test
	void badUpdatesAreRefusedAndChangeNothing() {
		String id = add(ola, "");

		assertThat(error("/commit update C-999999 progress:10")).contains("There is no commitment C-999999");
		assertThat(error("/commit update " + id + " progress:150")).contains("between 0 and 100");
		assertThat(error("/commit update " + id + " status:finished")).contains("status must be one of planned");
		assertThat(error("/commit update " + id + " evidence:not-a-link")).contains("evidence must be a web link");
		assertThat(error("/commit update " + id)).contains("Nothing to change");
		assertThat(events(id)).hasSize(1);
	}

	@Test
	void aDuplicateTitleInTheSameCityIsRefused() {
		add(ola, "");

		assertThat(error("/commit add target:\"40 % by 2030\" title:\"" + title.toUpperCase()
				+ "\" owner:\"Energy\" domain:energy deadline:2030-12-31"))
			.contains("already has a commitment titled");
	}

	@Test
	void textWithMongoOperatorsIsStoredVerbatim() {
		String sneaky = "{\"$ne\": null} $gt " + UUID.randomUUID();
		Reply added = say(ola, "/commit add target:\"10 % by 2030\" title:\"" + sneaky.replace("\"", "\\\"")
				+ "\" owner:\"$where\" domain:energy deadline:2030-12-31 description:\"{\\\"$gt\\\": 1}\"");

		assertThat(added.error()).isFalse();
		List<Commitment> found = mongo.find(Query.query(Criteria.where("title").is(sneaky)), Commitment.class,
				MongoCommitments.COLLECTION);
		assertThat(found).hasSize(1);
		assertThat(found.get(0).owner()).isEqualTo("$where");
		assertThat(found.get(0).description()).isEqualTo("{\"$gt\": 1}");
	}

	@Test
	void withoutOptionsAddAsksForAForm() {
		Reply reply = say(ola, "/commit add");

		assertThat(reply.elements()).first().isInstanceOf(Element.Form.class);
		Element.Form form = (Element.Form) reply.elements().get(0);
		assertThat(form.fields()).extracting(Element.FormField::name)
			.containsExactly("title", "owner", "domain", "target", "deadline");
	}

	@Test
	void aSubmittedFormWithProblemsComesBackWithEachErrorAtItsField() {
		Reply reply = conversation
			.handle(Inbound.direct(shell(ola), new Input.FormSubmission(LoggingCommitments.FORM, Map.of("title", title,
					"owner", "Energy", "domain", "energy", "target", "lots", "deadline", "2031-01-01"))));

		assertThat(reply.error()).isTrue();
		Element.Form again = (Element.Form) reply.elements().get(0);
		assertThat(again.fields()).filteredOn((field) -> field.error() != null)
			.extracting(Element.FormField::name)
			.containsExactly("target");
		assertThat(again.fields()).filteredOn((field) -> field.name().equals("title"))
			.extracting(Element.FormField::value)
			.containsExactly(title);
		assertThat(mongo.count(Query.query(Criteria.where("title").is(title)), MongoCommitments.COLLECTION)).isZero();
	}

	@Test
	void handoverChangeOfAdministrationAndReaffirmation() {
		String id = add(ola, "");
		String marta = unique("marta");
		say(marta, "/city register Łódź");
		say("shell-admin", "/city approve " + marta);

		assertThat(text(say(ola, "/commit handover " + id + " to:" + marta))).contains("Handed " + id + " over");
		assertThat(messenger.sentTo(marta)).anySatisfy((line) -> assertThat(line).contains("handed " + id));
		messenger.clear();

		String changed = text(say("shell-admin", "/city change-administration Lodz"));
		assertThat(changed).contains("now await re-affirmation");
		assertThat(messenger.sentTo(marta))
			.anySatisfy((line) -> assertThat(line).contains("Handover pack for Łódź").contains(id));
		assertThat(text(say(marta, "/commit list reaffirm city:Lodz"))).contains(id);

		assertThat(text(say(marta, "/commit show " + id))).contains("awaiting re-affirmation: no → yes")
			.doesNotContain("awaitingReaffirmation");
		assertThat(text(say(marta, "/commit reaffirm " + id))).contains("Re-affirmed");
		assertThat(text(say(marta, "/commit list reaffirm city:Lodz"))).doesNotContain(id);
		assertThat(events(id)).extracting(CommitmentEvent::type)
			.containsSubsequence("created", "handed-over", "reaffirmation-requested", "reaffirmed");
	}

	@Test
	void partnerRepresentativesLogAndChangeTheirOrganisationsCommitmentsOnly() {
		String cityOwn = add(ola, "");
		String org = "Lodz Tech " + UUID.randomUUID().toString().substring(0, 6);
		say("shell-admin", "/org add \"" + org + "\" sector:academia city:lodz");
		String rep = unique("rep");
		say(rep, "/org join " + org);
		say("shell-admin", "/org approve " + rep);

		Reply added = say(rep, "/commit add city:Lodz partner:\"" + org + "\" title:\"Campus on renewables " + title
				+ "\" owner:\"Facilities\" domain:energy target:\"100 % by 2028\" deadline:2028-12-31");
		Reply refused = say(rep, "/commit update " + cityOwn + " progress:50");

		assertThat(added.error()).as(text(added)).isFalse();
		assertThat(text(added)).contains("partner").contains("(academia)");
		assertThat(refused.error()).isTrue();
	}

	@Test
	void coordinatorsReadWithinTheirScopeOnly() {
		String id = add(ola, "");
		String poland = unique("pl");
		String sweden = unique("se");
		say(poland, "/agora whoami");
		say(sweden, "/agora whoami");
		say("shell-admin", "/agora role " + poland + " coordinator scope:country:PL");
		say("shell-admin", "/agora role " + sweden + " coordinator scope:country:SE");

		assertThat(say(poland, "/commit show " + id).error()).isFalse();
		assertThat(text(say(sweden, "/commit show " + id))).contains("belongs to another city");
		assertThat(say(poland, "/commit update " + id + " progress:5").error()).isTrue();
	}

	@Test
	void linkingAccountsKeepsTheCommitmentsContact() {
		String id = add(ola, "");
		Sender onDiscord = new Sender(Platform.DISCORD, "9" + UUID.randomUUID().toString().substring(0, 8), "Ola");
		String code = text(conversation.handle(Inbound.direct(onDiscord, new Input.CommandText("/agora link"))))
			.replaceAll("(?s).*code:([A-Z0-9]{6}).*", "$1");
		String before = mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION).contactPersonId();

		Reply linked = say(ola, "/agora link code:" + code);

		assertThat(linked.error()).as(text(linked)).isFalse();
		Commitment after = mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION);
		assertThat(after.contactPersonId()).isNotEqualTo(before);
		assertThat(events(id)).extracting(CommitmentEvent::type).contains("contact-merged");
		assertThat(text(say(ola, "/commit show " + id))).contains("Contact   Ola");
	}

	@Test
	void aStateLeftBehindItsLastEventIsRepairedFromTheEventWhenRead() {
		String id = add(ola, "");
		Commitment stored = mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION);
		Commitment after = CommitmentCopies.versioned(
				CommitmentCopies.progressed(stored, Status.IN_PROGRESS, 60, stored.evidence()), 2, stored.updatedAt());
		mongo.insert(new CommitmentEvent(CommitmentEvent.idFor(id, 2), id, 2, stored.updatedAt(), "updated",
				stored.contactPersonId(), "ola", Changes.between(stored, after), "written just before a crash", after),
				MongoCommitmentEvents.COLLECTION);

		String listed = text(say(ola, "/commit list city:Lodz"));

		assertThat(listed).contains(id + " " + title).contains("in-progress 60 %");
		assertThat(mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION).version()).isEqualTo(2);
	}

	@Test
	void theExportIsACsvWithOneRowPerCommitment() throws Exception {
		add(ola, "");
		add(ola, "second ");

		Reply reply = say(ola, "/commit export city:Lodz format:csv");

		Element.Attachment file = (Element.Attachment) reply.elements().get(1);
		assertThat(file.mediaType()).isEqualTo("text/csv");
		var records = CSVFormat.RFC4180.builder()
			.setHeader()
			.get()
			.parse(new StringReader(new String(file.content(), StandardCharsets.UTF_8)))
			.getRecords();
		assertThat(records).filteredOn((row) -> row.get("Action title").contains(title)).hasSize(2);
		assertThat(records.get(0).toMap()).containsKeys("Commitment ID", "Responsible department", "Target value",
				"Implementation status", "Source of funding");
		assertThat(text(reply)).doesNotContain("docs/")
			.contains("Exported " + records.size() + " commitments as CSV")
			.contains("with the columns: Commitment ID, City, Country")
			.contains("Awaiting re-affirmation, Last updated")
			.contains("Completed, Cancelled");
	}

	String add(String user, String titlePrefix) {
		Reply reply = say(user, "/commit add target:\"40 % CO2e by 2030\" title:\"" + titlePrefix + title
				+ "\" owner:\"Energy Department\" domain:energy deadline:2030-12-31 baseline:\"1,200 kt CO2e in 2019\" budget:\"2.5 million EUR from ERDF\"");
		assertThat(reply.error()).as(text(reply)).isFalse();
		Matcher id = Pattern.compile("C-\\d+").matcher(text(reply));
		assertThat(id.find()).isTrue();
		return id.group();
	}

	private String error(String command) {
		Reply reply = say(ola, command);
		assertThat(reply.error()).as(text(reply)).isTrue();
		return text(reply);
	}

	private List<CommitmentEvent> events(String id) {
		return mongo.find(Query.query(Criteria.where("commitmentId").is(id)), CommitmentEvent.class,
				MongoCommitmentEvents.COLLECTION);
	}

	Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(shell(user), new Input.CommandText(text)));
	}

	static Sender shell(String user) {
		return new Sender(Platform.SHELL, user, user);
	}

	static String text(Reply reply) {
		return PlainText.render(reply);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

}
