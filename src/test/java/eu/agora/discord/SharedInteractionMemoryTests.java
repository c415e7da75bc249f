package eu.agora.discord;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Element;
import eu.agora.conversation.Inbound;
import eu.agora.conversation.Input;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Sender;
import eu.agora.storage.SharedLeases;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Button memory and last-seen channels in MongoDB: what one instance kept, another one
 * reads.
 */
class SharedInteractionMemoryTests {

	private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));

	private final SharedLeases store = new SharedLeases();

	private final CustomIds sentBy = new CustomIds(new MongoInteractionMemory(store.template(), clock));

	private final CustomIds pressedOn = new CustomIds(new MongoInteractionMemory(store.template(), clock));

	@AfterEach
	void close() {
		store.close();
	}

	@Test
	void aLongButtonSentByOneInstanceIsUnderstoodByAnother() {
		String value = "x".repeat(150);

		String id = sentBy.button("panel.join", value);

		assertThat(id).startsWith(CustomIds.BUTTON);
		assertThat(pressedOn.pressed(id)).isEqualTo(new CustomIds.Pressed.Action("panel.join", value));
	}

	@Test
	void aFormOpenerSentByOneInstanceOpensTheSameFormOnAnother() {
		Element.Form form = new Element.Form("commit.add", "New commitment", List.of(
				new Element.FormField("title", "Title", true, false, List.of(), "Heat pumps", null),
				new Element.FormField("status", "Status", false, false, List.of("planned", "done"), null, "Pick one")),
				"/commit add");

		String id = sentBy.formOpener(form);

		assertThat(pressedOn.pressed(id)).isEqualTo(new CustomIds.Pressed.OpenForm(form));
	}

	@Test
	void aRememberedButtonExpiresAfterFifteenMinutesOnEveryInstance() {
		String id = sentBy.button("panel.join", "y".repeat(150));

		clock.advance(InteractionMemory.LIFETIME.plus(Duration.ofSeconds(1)));

		assertThat(pressedOn.pressed(id)).isInstanceOf(CustomIds.Pressed.Expired.class);
	}

	@Test
	void aLongModalIdIsRecalledOnAnotherInstance() {
		String formId = "f".repeat(120);

		assertThat(pressedOn.formId(sentBy.modal(formId))).hasValue(formId);
	}

	@Test
	void theChannelWhereSomeoneLastUsedAgoraIsSeenByEveryInstance() {
		MongoLastSeenChannels seenBy = new MongoLastSeenChannels(store.template(), clock);
		MongoLastSeenChannels readBy = new MongoLastSeenChannels(store.template(), clock);

		seenBy.saw(inbound("channel-1"));
		seenBy.saw(inbound("channel-2"));

		assertThat(readBy.of("user-7")).hasValue("channel-2");
		assertThat(readBy.of("someone-else")).isEmpty();
	}

	private static Inbound inbound(String channel) {
		return new Inbound(new Sender(Platform.DISCORD, "user-7", "Ola"), "guild-1", channel, null, Locale.ENGLISH,
				new Input.Message("hello"));
	}

}
