package eu.agora.twinning;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;
import eu.agora.directory.People;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Twinning through the conversation core as shell users: profiles, a cohort of seven
 * matched into two pairs and a trio with reasons, introductions, a second round without
 * repeats, statuses, a replication plan in the ledger, follow-ups on a controllable
 * clock, and every bad input the issue names.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class TwinningCommandsTests {

	static final List<String> SEVEN = List.of("Lodz", "Seville", "Malmo", "Lyon", "Krakow", "Lisbon", "Dublin");

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	FollowingUpTwins followUps;

	@Autowired
	Cohorts cohorts;

	@Autowired
	Pairs pairs;

	@Autowired
	TwinningPersonalData personalData;

	@Autowired
	People people;

	final String cohort = "Heat " + UUID.randomUUID().toString().substring(0, 6);

	final String ola = unique("ola");

	final String marta = unique("marta");

	@BeforeEach
	void start() {
		clock.set(Instant.parse("2026-01-05T09:00:00Z"));
	}

	@Test
	void sevenCitiesMakeTwoPairsAndATrioWithReasons_andTheNextRoundRepeatsNoPair() {
		say(ola, "/city register Lodz");
		say(marta, "/city register Seville");
		admin("/city approve " + ola);
		admin("/city approve " + marta);
		admin("/twin profile set city:Lodz strengths:buildings needs:energy,finance languages:pl,en population:670000");
		admin("/twin profile set city:Seville strengths:energy needs:buildings languages:es,en population:690000");
		admin("/twin profile set city:Malmo strengths:mobility needs:waste-circularity languages:sv,en");
		admin("/twin profile set city:Lyon strengths:waste-circularity needs:mobility languages:fr,en");
		admin("/twin profile set city:Krakow strengths:finance needs:energy languages:pl");
		admin("/twin profile set city:Lisbon strengths:water needs:energy languages:pt,en");
		admin("/twin profile set city:Dublin strengths:energy needs:water languages:en");
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add \"" + cohort + "\" " + String.join(" ", SEVEN));

		String proposal = admin("/twin match \"" + cohort + "\"");
		assertThat(proposal).contains("3 groups, 1 of them a trio")
			.containsPattern("is strong in [A-Za-z ]+, which [^ ]+ needs")
			.contains("a shared working language: English");
		messenger.clear();
		String published = admin("/twin publish \"" + cohort + "\"");

		List<Pair> first = pairs.ofCohort(Cohort.idFor(cohort));
		assertThat(first).extracting((pair) -> pair.cities().size()).containsExactlyInAnyOrder(2, 2, 3);
		assertThat(first).flatExtracting(Pair::cities)
			.containsExactlyInAnyOrder("lodz", "seville", "malmo", "lyon", "krakow", "lisbon", "dublin");
		assertThat(published).contains("No registered officer").contains(first.get(0).id());
		assertThat(messenger.sent()).anySatisfy(
				(line) -> assertThat(line).contains(ola).contains("Meet your twins").contains("A starter agenda"));

		assertThat(error("shell-admin", "/twin publish \"" + cohort + "\"")).contains("published already");
		assertThat(error("shell-admin", "/twin match \"" + cohort + "\"")).contains("/twin round");
		admin("/twin round \"" + cohort + "\"");
		admin("/twin match \"" + cohort + "\"");
		admin("/twin publish \"" + cohort + "\"");

		List<Pair> second = pairs.ofCohort(Cohort.idFor(cohort)).stream().filter((p) -> p.round() == 2).toList();
		assertThat(pairKeys(second)).doesNotContainAnyElementsOf(pairKeys(first));
		assertThat(second).flatExtracting(Pair::cities).hasSize(7).doesNotHaveDuplicates();
	}

	@Test
	void aPairMovesToAReplicationPlanWhoseActionIsACommitmentOfTheCity() {
		Pair pair = publishedPairOfLodzAndSeville();

		say(ola, "/twin status " + pair.id() + " replication plan note:\"plan drafted\"");
		Reply added = say(ola, "/twin plan " + pair.id() + " add title:\"Heat pumps like Seville " + cohort
				+ "\" domain:energy target:\"40 % CO2e by 2030\" deadline:2030-12-31 owner:\"Energy Office\"");
		assertThat(added.error()).as(PlainText.render(added)).isFalse();

		assertThat(text(say(ola, "/commit list city:Lodz"))).contains("Heat pumps like Seville " + cohort);
		String shown = text(say("someone", "/twin show " + pair.id()));
		assertThat(shown).contains("replication plan").contains("plan drafted").contains("Heat pumps like Seville");
		assertThat(error(ola,
				"/twin plan " + pair.id()
						+ " add title:\"Bad\" domain:energy target:\"lots\" deadline:2020-01-01 owner:\"X\""))
			.contains("target")
			.contains("deadline")
			.contains("in the past");
		assertThat(error(ola, "/twin status " + pair.id() + " flying")).contains("not a twinning status")
			.contains("site-visit");
	}

	@Test
	void aFollowUpAsksTheGroupAfterFourteenDaysOnce_andYesMovesThePairToMet() {
		Pair pair = publishedPairOfLodzAndSeville();
		messenger.clear();

		followUps.followUp(clock.instant().plus(Duration.ofDays(13)));
		assertThat(asked(pair)).isEmpty();
		followUps.followUp(clock.instant().plus(Duration.ofDays(14)));
		followUps.followUp(clock.instant().plus(Duration.ofDays(14).plusHours(1)));
		assertThat(asked(pair)).singleElement()
			.satisfies((line) -> assertThat(line).contains(ola).contains(marta).contains("[Yes] [Not yet] [We won't]"));

		Reply yes = press(marta, pair.id() + " yes");
		assertThat(yes.error()).as(PlainText.render(yes)).isFalse();
		assertThat(pairs.byId(pair.id()).orElseThrow().status()).isEqualTo("met");
		assertThat(text(say("someone", "/twin show " + pair.id()))).contains("met by");
	}

	@Test
	void whoAnsweredAFollowUpIsInTheirExportAndErasureLeavesTheHistoryWhole() {
		Pair pair = publishedPairOfLodzAndSeville();
		followUps.followUp(clock.instant().plus(Duration.ofDays(14)));
		press(marta, pair.id() + " yes");
		String martaId = people.resolve(marta, Platform.SHELL).id();

		assertThat(personalData.section()).isEqualTo("twinning");
		assertThat(personalData.heldAbout(martaId).toString()).contains(pair.id()).contains("yes").contains("met");

		personalData.erase(martaId, "former officer #7");
		personalData.erase(martaId, "former officer #7");
		assertThat(personalData.heldAbout(martaId).toString()).doesNotContain(pair.id());
		assertThat(personalData.heldAbout("former officer #7").toString()).contains(pair.id());
		assertThat(text(say("someone", "/twin show " + pair.id()))).contains("met by former officer #7");
	}

	@Test
	void threeUnansweredFollowUpsPauseThePairAndTellTheCoordinator() {
		String coordinator = unique("coord");
		say(coordinator, "/agora whoami");
		admin("/agora role " + coordinator + " coordinator scope:country:PL");
		Pair pair = publishedPairOfLodzAndSeville();
		messenger.clear();
		Instant now = clock.instant();
		for (int week = 1; week <= 4; week++) {
			followUps.followUp(now.plus(Duration.ofDays(14L * week)));
		}

		assertThat(asked(pair)).hasSize(3);
		Pair paused = pairs.byId(pair.id()).orElseThrow();
		assertThat(paused.paused()).isTrue();
		assertThat(messenger.sentTo(coordinator)).filteredOn((line) -> line.contains(pair.id() + " ("))
			.singleElement()
			.satisfies((line) -> assertThat(line).contains("did not answer 3 follow-ups").contains(pair.id()));
		followUps.followUp(now.plus(Duration.ofDays(70)));
		assertThat(asked(pair)).hasSize(3);

		Reply answered = say(ola, "/twin answer " + pair.id() + " not yet");
		assertThat(answered.error()).as(PlainText.render(answered)).isFalse();
		assertThat(pairs.byId(pair.id()).orElseThrow().paused()).isFalse();
	}

	@Test
	void badInputGetsAClearReplyAndStoresNothing() {
		admin("/twin cohort create " + cohort);
		long cohortsBefore = mongo.count(new Query(), MongoCohorts.COLLECTION);
		long exclusionsBefore = mongo.count(new Query(), MongoExclusions.COLLECTION);

		assertThat(error("shell-admin", "/twin profile Atlantis")).contains("Atlantis");
		assertThat(error("shell-admin", "/twin cohort show Nowhere")).contains("There is no cohort");
		assertThat(error("shell-admin", "/twin cohort add \"" + cohort + "\" Lodz Seville Lodz"))
			.contains("named twice");
		admin("/twin cohort add \"" + cohort + "\" Lodz");
		assertThat(error("shell-admin", "/twin cohort add \"" + cohort + "\" Seville Lodz")).contains("already in");
		assertThat(error("shell-admin", "/twin match \"" + cohort + "\"")).contains("at least two");
		assertThat(error("shell-admin", "/twin publish \"" + cohort + "\"")).contains("/twin match");
		assertThat(error("shell-admin", "/twin exclude Lodz Łódź")).contains("cannot be excluded from itself");
		assertThat(error("shell-admin", "/twin pause Lodz until:2025-01-01")).contains("not in the future");
		assertThat(error("shell-admin", "/twin profile set city:Lodz needs:space"))
			.contains("neither a domain nor a lever");
		assertThat(error("shell-admin", "/twin profile set city:Lodz languages:klingon")).contains("not a language");
		assertThat(error("shell-admin", "/twin show T-99999")).contains("no twinning pair T-99999");
		assertThat(error(ola, "/twin profile set city:Lodz needs:energy")).contains("officers and coordinators");
		assertThat(error(ola, "/twin cohort create Mine")).contains("moderator");

		assertThat(mongo.count(new Query(), MongoCohorts.COLLECTION)).isEqualTo(cohortsBefore);
		assertThat(mongo.count(new Query(), MongoExclusions.COLLECTION)).isEqualTo(exclusionsBefore);
		assertThat(cohorts.named(cohort).cities()).containsExactly("lodz");
	}

	@Test
	void anExcludedPairIsNeverMatched_aPausedCityIsLeftOutWithItsReasonAndResumesByItself() {
		admin("/twin exclude Aachen Aarhus");
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add \"" + cohort + "\" Aachen, Aarhus, Amsterdam, Angers");
		admin("/twin pause Angers until:2026-06-01");
		String proposal = admin("/twin match \"" + cohort + "\"");

		assertThat(proposal).contains("Angers: paused until 2026-06-01")
			.contains("every partner left is excluded or was its twin in an earlier round");
		assertThat(cohorts.named(cohort).proposal().groups()).singleElement()
			.satisfies((group) -> assertThat(group.cities()).hasSize(2).contains("amsterdam"));
		clock.set(Instant.parse("2026-06-01T08:00:00Z"));
		admin("/twin match \"" + cohort + "\"");
		assertThat(cohorts.named(cohort).proposal().unmatched()).isEmpty();
		admin("/twin opt-out Angers");
		assertThat(admin("/twin match \"" + cohort + "\"")).contains("Angers: opted out");
		admin("/twin resume Angers");
		admin("/twin match \"" + cohort + "\"");
		assertThat(cohorts.named(cohort).proposal().groups()).hasSize(2)
			.noneSatisfy((group) -> assertThat(group.cities()).contains("aachen", "aarhus"));
		admin("/twin lock \"" + cohort + "\" Aachen Angers");
		assertThat(cohorts.named(cohort).proposal().groups())
			.anySatisfy((group) -> assertThat(group.cities()).containsExactlyInAnyOrder("aachen", "angers"));
		assertThat(error("shell-admin", "/twin lock \"" + cohort + "\" Aachen Aarhus"))
			.contains("locked in a pair already");
	}

	@Test
	void takingPartInACityPanelRaisesACitysReadiness() {
		say(ola, "/city register Gabrovo");
		admin("/city approve " + ola);
		int before = readinessOf("Gabrovo");
		String panel = unique("Heat panel");
		admin("/panel create \"" + panel + "\" domains:energy");
		assertThat(say(ola, "/panel join \"" + panel + "\"").error()).isFalse();

		assertThat(readinessOf("Gabrovo")).isEqualTo(before + 5);
	}

	private int readinessOf(String city) {
		Matcher readiness = Pattern.compile("Readiness\\s+(\\d+) / 100").matcher(admin("/twin profile " + city));
		assertThat(readiness.find()).isTrue();
		return Integer.parseInt(readiness.group(1));
	}

	private Pair publishedPairOfLodzAndSeville() {
		say(ola, "/city register Lodz");
		say(marta, "/city register Seville");
		admin("/city approve " + ola);
		admin("/city approve " + marta);
		admin("/twin cohort create " + cohort);
		admin("/twin cohort add \"" + cohort + "\" Lodz Seville");
		admin("/twin match \"" + cohort + "\"");
		admin("/twin publish \"" + cohort + "\"");
		return pairs.ofCohort(Cohort.idFor(cohort)).get(0);
	}

	private List<String> asked(Pair pair) {
		return messenger.sent()
			.stream()
			.filter((line) -> line.contains(pair.id() + "** —") || line.contains(pair.id() + " —"))
			.filter((line) -> line.contains("did you meet"))
			.toList();
	}

	private static Set<String> pairKeys(List<Pair> pairs) {
		Set<String> keys = new HashSet<>();
		pairs.forEach((pair) -> Proposing.forEachTwoOf(pair.cities(), (a, b) -> keys.add(PairScores.key(a, b))));
		return keys;
	}

	private Reply press(String user, String value) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user),
				new Input.Action(FollowingUpTwins.ANSWER, value, null, List.of())));
	}

	private String admin(String text) {
		Reply reply = say("shell-admin", text);
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isFalse();
		return text(reply);
	}

	private String error(String user, String text) {
		Reply reply = say(user, text);
		assertThat(reply.error()).as(text + " → " + PlainText.render(reply)).isTrue();
		return text(reply);
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 6);
	}

}
