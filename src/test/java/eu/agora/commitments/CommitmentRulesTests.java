package eu.agora.commitments;

import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import eu.agora.AgoraTest;
import eu.agora.conversation.Conversation;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Sender;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The small rules of the ledger: status and progress agree, evidence is an https link,
 * deadlines end by 2100 and budgets stay below a trillion.
 */
@AgoraTest
class CommitmentRulesTests {

	@Autowired
	Conversation conversation;

	final String ola = "ola-" + UUID.randomUUID().toString().substring(0, 8);

	String id;

	@BeforeEach
	void aCommitment() {
		say(ola, "/city register Lodz");
		say("shell-admin", "/city approve " + ola);
		String added = text(say(ola, "/commit add title:\"Rules " + ola
				+ "\" owner:\"Energy\" domain:energy target:\"40 % by 2030\" deadline:2030-12-31"));
		id = added.replaceAll("(?s).*?(C-\\d+).*", "$1");
	}

	@Test
	void statusAndProgressThatContradictEachOtherAreRefused() {
		Reply achievedAtZero = say(ola, "/commit update " + id + " status:achieved progress:0");
		Reply droppedAtHundred = say(ola, "/commit update " + id + " status:dropped progress:100");

		assertThat(achievedAtZero.error()).isTrue();
		assertThat(text(achievedAtZero)).contains("achieved commitment is at 100 %");
		assertThat(droppedAtHundred.error()).isTrue();
		assertThat(text(droppedAtHundred)).contains("at 100 % is achieved, not dropped");
		assertThat(text(say(ola, "/commit update " + id + " progress:100"))).contains("achieved, 100 %");
	}

	@Test
	void evidenceIsAnHttpsLinkAsTheReplySays() {
		Reply plain = say(ola, "/commit update " + id + " evidence:http://example.org/report");

		assertThat(plain.error()).isTrue();
		assertThat(text(plain)).contains("https://");
		assertThat(say(ola, "/commit update " + id + " evidence:https://example.org/report").error()).isFalse();
	}

	@Test
	void deadlinesAfter2100AndAbsurdBudgetsAreRefused() {
		String base = "/commit add owner:\"Energy\" domain:energy target:\"40 % by 2030\" title:\"Far " + ola + "\"";

		assertThat(text(say(ola, base + " deadline:9999-12-31"))).contains("deadline is after 2100");
		assertThat(text(say(ola, base + " deadline:2030-12-31 budget:\"1000000000000000000000000000000000 EUR\"")))
			.contains("more than a trillion");
		assertThat(say(ola, base + " deadline:2100-12-31 budget:\"2.5 million EUR\"").error()).isFalse();
	}

	private Reply say(String user, String text) {
		return conversation.handle(Inbound.direct(new Sender(Platform.SHELL, user, user), new Input.CommandText(text)));
	}

	private static String text(Reply reply) {
		return PlainText.render(reply);
	}

}
