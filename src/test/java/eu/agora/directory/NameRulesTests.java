package eu.agora.directory;

import java.util.List;

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
 * Cities, organisations and panels refuse names of zero-width characters, or with control
 * characters, escape sequences or right-to-left overrides — and store nothing.
 */
@AgoraTest
class NameRulesTests {

	@Autowired
	Conversation conversation;

	@Autowired
	CityDirectory cities;

	@Test
	void hostileNamesAreRefusedWithAClearReplyEverywhereAPersonNamesAThing() {
		List<String> lines = List.of("/city add \u200B\u200B\u200B country:PT tz:Europe/Lisbon",
				"/city add \"Evora\u001B[31m\" country:PT tz:Europe/Lisbon",
				"/city add \"Faro\u202Eoraf\" country:PT tz:Europe/Lisbon", "/org add \"\u200C\u200D\" sector:industry",
				"/org add \"Acme\u0007\" sector:industry", "/panel create \"\u2066\u2069\u200B\" domains:energy",
				"/panel create \"Heat\u001B]0;x\u0007\" domains:energy", "/twin cohort create \"\u200B\u2060\"",
				"/twin cohort create \"Pilots\u202E\"", "/agora cluster add \"Baltic\u001B[2J\" cities:Gdansk,Riga");
		int before = cities.all().size();

		for (String line : lines) {
			Reply reply = say(line);
			assertThat(reply.error()).as(line).isTrue();
			assertThat(PlainText.render(reply)).as(line)
				.containsAnyOf("visible letter", "control characters", "override marks");
		}
		assertThat(cities.all()).hasSize(before);
		assertThat(PlainText.render(say("/panel list"))).doesNotContain("Heat\u001B");
		assertThat(PlainText.render(say("/org list"))).doesNotContain("Acme\u0007");
	}

	private Reply say(String text) {
		return conversation
			.handle(Inbound.direct(new Sender(Platform.SHELL, "shell-admin", "admin"), new Input.CommandText(text)));
	}

}
