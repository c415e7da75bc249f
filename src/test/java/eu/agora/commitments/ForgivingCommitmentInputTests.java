package eu.agora.commitments;

import java.math.BigDecimal;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
import eu.agora.conversation.Reply;

import static eu.agora.commitments.CommitmentsTests.shell;
import static eu.agora.commitments.CommitmentsTests.text;
import static eu.agora.commitments.CommitmentsTests.unique;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Targets, dates, progress and statuses as city officers type them.
 */
@AgoraTest
@Import({ MutableClock.Config.class, RecordingMessenger.Config.class })
class ForgivingCommitmentInputTests {

	@Autowired
	Conversation conversation;

	@Autowired
	MongoTemplate mongo;

	final String ola = unique("ola");

	@BeforeEach
	void registerOla() {
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			value = { "100 % electric buses by 2030|100|% electric buses|SHARE",
					"-55 % CO2e by 2030|-55|% CO2e|REDUCTION", "5000 heat pumps by 2030|5000|heat pumps|COUNT",
					"plant 10000 trees by 2028|10000|trees|COUNT" })
	void sharesCountsAndReductionsAreStoredTyped(String target, String value, String unit, Measure measure) {
		Reply reply = say(ola, "/commit add title:\"Target " + UUID.randomUUID() + "\" owner:Mobility domain:mobility"
				+ " deadline:31/12/2030 target:\"" + target + "\"");

		assertThat(reply.error()).as(text(reply)).isFalse();
		Commitment stored = mongo.findById(id(reply), Commitment.class, MongoCommitments.COLLECTION);
		assertThat(stored.target().value()).isEqualByComparingTo(new BigDecimal(value));
		assertThat(stored.target().unit()).isEqualTo(unit);
		assertThat(stored.target().measure()).isEqualTo(measure);
		assertThat(stored.deadline()).hasToString("2030-12-31");
	}

	@Test
	void everyProblemOfACommitmentIsListedInOneReplyAndNothingIsStored() {
		long before = mongo.count(new Query(), MongoCommitments.COLLECTION);

		Reply fields = say(ola, "/commit add title:\"Bad " + UUID.randomUUID()
				+ "\" owner:Mobility domain:mobility deadline:05/06/2030 target:\"forty buses\" budget:lots");
		Reply choices = say(ola, "/commit add title:Bad owner:Mobility domain:space kind:maybe deadline:2030-12-31");

		assertThat(text(fields))
			.contains("deadline 05/06/2030 could be 5 June or 6 May: write 2030-06-05 or 2030-05-06")
			.contains("target must have a number, as in 40 % CO2e by 2030")
			.contains("budget");
		assertThat(text(choices)).contains("2 problems with /commit add")
			.contains("domain must be one of")
			.contains("kind must be one of city, partner");
		assertThat(mongo.count(new Query(), MongoCommitments.COLLECTION)).isEqualTo(before);
	}

	@Test
	void progressWithAPercentSignIsUnderstoodAndDoneSuggestsAchieved() {
		String id = id(say(ola, "/commit add title:\"Progress " + UUID.randomUUID()
				+ "\" owner:Mobility domain:mobility deadline:2030-12-31 target:\"100 % electric buses by 2030\""));

		assertThat(text(say(ola, "/commit update " + id + " progress:45%"))).contains("45 %");
		Reply done = say(ola, "/commit update " + id + " status:done");

		assertThat(done.error()).isTrue();
		assertThat(text(done)).contains("Did you mean status:achieved?");
		assertThat(mongo.findById(id, Commitment.class, MongoCommitments.COLLECTION).status())
			.isEqualTo(Status.PLANNED);
		assertThat(say(ola, "/commit update " + id + " status:achieved").error()).isFalse();
	}

	private static String id(Reply reply) {
		Matcher id = Pattern.compile("C-\\d+").matcher(text(reply));
		assertThat(id.find()).as(text(reply)).isTrue();
		return id.group();
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(shell(user), new Input.CommandText(text)));
	}

}
