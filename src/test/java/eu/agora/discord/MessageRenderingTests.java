package eu.agora.discord;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import net.dv8tion.jda.api.components.buttons.Button;
import net.dv8tion.jda.api.entities.MessageEmbed;
import net.dv8tion.jda.api.utils.messages.MessageCreateData;
import org.junit.jupiter.api.Test;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;

import static org.assertj.core.api.Assertions.assertThat;

class MessageRenderingTests {

	private final CustomIds ids = new CustomIds(new InMemoryInteractionMemory(Clock.systemUTC()));

	private final MessageRendering rendering = new MessageRendering(ids);

	@Test
	void givenTextLongerThanAMessage_thenItContinuesInFollowUpsAtLineBreaks() {
		String line = "- a line of a long list that goes on\n";
		List<MessageCreateData> messages = rendering.render(Reply.text(line.repeat(200)));
		assertThat(messages).hasSizeGreaterThan(3);
		assertThat(messages).allSatisfy(
				(message) -> assertThat(message.getContent()).hasSizeLessThanOrEqualTo(2000).startsWith("- a line"));
	}

	@Test
	void givenASectionOverEmbedLimits_thenEveryEmbedAndMessageStaysWithinThem() {
		List<Element.Field> fields = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			fields.add(new Element.Field("Field " + i, "v".repeat(900)));
		}
		fields.add(new Element.Field("Long", "w ".repeat(1500)));
		Element.Section section = new Element.Section("T".repeat(300), "d ".repeat(5000), fields);
		List<MessageCreateData> messages = rendering.render(Reply.of(section));
		List<MessageEmbed> embeds = messages.stream().flatMap((message) -> message.getEmbeds().stream()).toList();
		assertThat(embeds.get(0).getTitle()).hasSize(256).endsWith("…");
		assertThat(embeds).allSatisfy((embed) -> {
			assertThat(embed.isSendable()).isTrue();
			assertThat(embed.getFields()).hasSizeLessThanOrEqualTo(25);
		});
		assertThat(messages).allSatisfy((message) -> {
			assertThat(message.getEmbeds()).hasSizeLessThanOrEqualTo(10);
			assertThat(message.getEmbeds().stream().mapToInt(MessageEmbed::getLength).sum()).isLessThanOrEqualTo(6000);
		});
		long values = embeds.stream().flatMap((embed) -> embed.getFields().stream()).count();
		assertThat(values).isEqualTo(60 + 3);
	}

	@Test
	void givenTwelveButtons_thenTheyFillRowsOfFive() {
		List<Element.Button> buttons = new ArrayList<>();
		for (int i = 0; i < 12; i++) {
			buttons.add(new Element.Button("vote:", "Option " + i, Integer.toString(i), Element.Button.Style.DEFAULT));
		}
		MessageCreateData message = rendering.render(Reply.of(new Element.Actions(buttons))).get(0);
		assertThat(message.getComponents()).hasSize(3);
		List<Button> first = message.getComponents().get(0).asActionRow().getButtons();
		assertThat(first).hasSize(5);
		assertThat(first.get(0).getCustomId()).isEqualTo("vote:|0");
	}

	@Test
	void givenTextAfterAnEmbed_thenItStartsANewMessageSoTheOrderIsKept() {
		Reply reply = Reply.of(new Element.Text("before"), new Element.Section("Card", null, List.of()),
				new Element.Text("after"));
		List<MessageCreateData> messages = rendering.render(reply);
		assertThat(messages).extracting(MessageCreateData::getContent).containsExactly("before", "after");
		assertThat(messages.get(0).getEmbeds()).hasSize(1);
	}

	@Test
	void givenAFormWithErrors_thenTheErrorsAreListedWithAButtonThatReopensIt() {
		Element.Form form = new Element.Form("panel:create", "New panel",
				List.of(new Element.FormField("title", "Title", true, false, List.of(), "x", "is too short")),
				"/panel create title:<title>");
		MessageCreateData message = rendering.render(Reply.of(form)).get(0);
		assertThat(message.getContent()).contains("**New panel**", "- Title: is too short");
		String id = message.getComponents().get(0).asActionRow().getButtons().get(0).getCustomId();
		assertThat(ids.pressed(id)).isEqualTo(new CustomIds.Pressed.OpenForm(form));
	}

	@Test
	void givenAnEmptyReply_thenOneShortMessageIsSent() {
		assertThat(rendering.render(Reply.of())).extracting(MessageCreateData::getContent).containsExactly("Done.");
	}

}
