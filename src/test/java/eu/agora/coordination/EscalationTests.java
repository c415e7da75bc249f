package eu.agora.coordination;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import eu.agora.AgoraTest;
import eu.agora.MutableClock;
import eu.agora.RecordingMessenger;
import eu.agora.Says;
import eu.agora.conversation.Conversation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Questions escalated up from a city: to the nearest tier with a coordinator, up by
 * themselves after the tier's working days, answered back to the asker as verified
 * knowledge, and alike questions grouped.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class EscalationTests {

	/** Monday 2 March 2026, 10:00 in Warsaw. */
	static final Instant MONDAY = Instant.parse("2026-03-02T09:00:00Z");

	@Autowired
	MutableClock clock;

	@Autowired
	RecordingMessenger messenger;

	@Autowired
	Escalating escalating;

	Says says;

	@Autowired
	void says(Conversation conversation) {
		this.says = new Says(conversation);
	}

	@Test
	void aQuestionGoesToTheRegionMovesUpAfterFiveWorkingDaysAndItsAnswerReachesTheAsker() {
		clock.set(MONDAY);
		String ola = says.officer("Rzeszow");
		String region = says.coordinator("region:PL/Subcarpathia");
		String nation = says.coordinator("country:PL");
		String question = "How do we finance heat pumps in social housing " + Says.unique("q") + "?";

		String asked = says.ok(ola, "/escalate \"" + question + "\"");
		String id = asked.replaceAll("(?s).*?(E-\\d+).*", "$1");
		assertThat(asked).contains("regional coordinators (Subcarpathia)");
		assertThat(messenger.sentTo(region)).singleElement().asString().contains(question).contains(id);
		assertThat(says.ok(region, "/escalations")).contains(id).contains(question);
		assertThat(says.ok(nation, "/escalations")).doesNotContain(id);
		assertThat(says.error(nation, "/escalation answer " + id + " \"Use the fund\""))
			.contains(id + " waits at the regional tier (Subcarpathia), not at yours");

		clock.set(Instant.parse("2026-03-09T08:59:00Z"));
		escalating.moveOverdue(clock.instant());
		assertThat(says.ok(nation, "/escalations")).doesNotContain(id);
		clock.set(Instant.parse("2026-03-09T09:00:00Z"));
		escalating.moveOverdue(clock.instant());
		assertThat(messenger.sentTo(ola))
			.anySatisfy((m) -> assertThat(m).contains(id + " moved up to the national level")
				.contains("regional coordinators had 5 working days"));
		assertThat(messenger.sentTo(nation)).anySatisfy((m) -> assertThat(m).contains(question));
		assertThat(says.ok(nation, "/escalations")).contains(id);

		String answered = says.ok(nation,
				"/escalation answer " + id + " \"The national heat fund pays 40 % of heat pumps in social housing.\"");
		assertThat(answered).contains("saved it as verified knowledge").contains("The asker was told");
		assertThat(messenger.sentTo(ola))
			.anySatisfy((m) -> assertThat(m).contains("has an answer").contains("national heat fund pays 40 %"));
		assertThat(says.error(nation, "/escalation answer " + id + " \"again\"")).contains(id + " is closed");
		assertThat(says.ok(ola, "/ask " + question)).contains("national heat fund");
	}

	@Test
	void withoutARegionalCoordinatorItGoesToTheCountryAndAtTheTopItCannotBeForwarded() {
		clock.set(MONDAY);
		String ola = says.officer("Warsaw");
		String nation = says.coordinator("country:PL");
		String europe = says.coordinator("EU");

		String asked = says.ok(ola, "/escalate \"Who audits our climate city contract " + Says.unique("q") + "?\"");
		String id = asked.replaceAll("(?s).*?(E-\\d+).*", "$1");
		assertThat(asked).contains("national coordinators (Poland)");

		assertThat(says.ok(nation, "/escalation forward " + id + " note:\"An EU matter\"")).contains("EU tier");
		assertThat(messenger.sentTo(europe)).anySatisfy((m) -> assertThat(m).contains(id).contains("forwarded"));
		assertThat(says.error(europe, "/escalation forward " + id)).contains("the top");
		assertThat(says.error(nation, "/escalation forward " + id)).contains("not at yours");

		String direct = says.ok(ola, "/escalate \"Can we join a second mission " + Says.unique("q") + "?\" to:eu");
		assertThat(direct).contains("EU coordinators");
	}

	@Test
	void alikeQuestionsFromSeveralCitiesAreGroupedAtTheUpperTier() {
		clock.set(MONDAY);
		String tag = Says.unique("t").replace("-", "");
		String nation = says.coordinator("country:PL");
		says.ok(says.officer("Krakow"),
				"/escalate \"Which funding covers district heating networks " + tag + "?\" to:country");
		says.ok(says.officer("Wroclaw"),
				"/escalate \"Is there funding for district heating networks " + tag + "?\" to:country");

		assertThat(says.ok(nation, "/escalations")).contains("2 cities in Poland ask about");
	}

	@Test
	void badEscalationsGetAClearReply() {
		clock.set(MONDAY);
		String stranger = Says.unique("stranger");
		String ola = says.officer("Lodz");
		assertThat(says.error(stranger, "/escalate \"Anything?\"")).contains("registered with a city")
			.contains("/city register");
		assertThat(says.error("shell-admin", "/escalate \"Anything?\"")).contains("Only approved officers");
		assertThat(says.error(ola, "/escalate \"\"")).contains("question is empty");
		assertThat(says.error(ola, "/escalate \"" + "x".repeat(2001) + "\"")).contains("at most 2000 characters");
		assertThat(says.error(ola, "/escalate \"Why?\" to:moon")).contains("region").contains("country");
		String nation = says.coordinator("country:PL");
		assertThat(says.error(nation, "/escalation answer E-99999 \"x\"")).contains("no escalation E-99999");
		assertThat(says.error(ola, "/escalations")).contains("coordinator");
	}

}
