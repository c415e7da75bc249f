package eu.agora.directory;

import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import eu.agora.AgoraTest;
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

@AgoraTest
@TestPropertySource(properties = "agora.directory.platform-roles[discord\\:Mission\\ Moderators]=moderator")
class LinkingAccountsTests {

	private static final Pattern CODE = Pattern.compile("code:([A-Z0-9]{6})");

	@Autowired
	Conversation conversation;

	@Autowired
	MongoPeople people;

	private final Sender onSlack = new Sender(Platform.SLACK, "U" + suffix(), "Ola");

	private final Sender onDiscord = new Sender(Platform.DISCORD, "9" + suffix(), "ola", Set.of());

	@Test
	void aCodeFromOnePlatformJoinsTheAccountOnTheOther() {
		say(onSlack, "/city register Lodz");
		say(new Sender(Platform.SHELL, "shell-admin", "admin"), "/city approve " + people.identify(onSlack).personId());
		String code = codeFrom(say(onSlack, "/agora link"));

		Reply linked = say(onDiscord, "/agora link code:" + code.toLowerCase());

		assertThat(linked.error()).isFalse();
		Caller fromSlack = people.identify(onSlack);
		Caller fromDiscord = people.identify(onDiscord);
		assertThat(fromDiscord.personId()).isEqualTo(fromSlack.personId());
		assertThat(fromDiscord.cityKey()).isEqualTo("lodz");
		assertThat(fromDiscord.has(Role.OFFICER)).isTrue();
	}

	@Test
	void aCodeWorksOnceAndAWrongOneChangesNothing() {
		String code = codeFrom(say(onSlack, "/agora link"));
		say(onDiscord, "/agora link code:" + code);
		Sender third = new Sender(Platform.DISCORD, "8" + suffix(), "someone");

		Reply reused = say(third, "/agora link code:" + code);
		Reply wrong = say(third, "/agora link code:ZZZZZZ");

		assertThat(reused.error()).isTrue();
		assertThat(PlainText.render(reused)).contains("unknown or has expired");
		assertThat(wrong.error()).isTrue();
		assertThat(people.identify(third).personId()).isNotEqualTo(people.identify(onSlack).personId());
	}

	@Test
	void twoAccountsOnTheSamePlatformAreNotLinked() {
		String code = codeFrom(say(onSlack, "/agora link"));
		Sender otherSlack = new Sender(Platform.SLACK, "U" + suffix(), "other");

		Reply reply = say(otherSlack, "/agora link code:" + code);

		assertThat(reply.error()).isTrue();
		assertThat(PlainText.render(reply)).contains("same platform");
	}

	@Test
	void aMappedPlatformRoleConfersTheAgoraRole() {
		Sender moderator = new Sender(Platform.DISCORD, "7" + suffix(), "mod", Set.of("Mission Moderators"));

		assertThat(people.identify(moderator).has(Role.MODERATOR)).isTrue();
		assertThat(people.identify(onDiscord).has(Role.MODERATOR)).isFalse();
	}

	private Reply say(Sender sender, String text) {
		return conversation.handle(Inbound.direct(sender, new Input.CommandText(text)));
	}

	private static String codeFrom(Reply reply) {
		Matcher matcher = CODE.matcher(PlainText.render(reply));
		assertThat(matcher.find()).as("a code in: " + PlainText.render(reply)).isTrue();
		return matcher.group(1);
	}

	private static String suffix() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

}
