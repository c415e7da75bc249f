package eu.agora.slack;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replies become Block Kit messages within Slack's limits, however long they are.
 */
class BlockKitTests {

	@Test
	void markupBecomesMrkdwn() {
		assertThat(Mrkdwn.of("**Łódź** is _green_: [site](https://lodz.pl) & <more>\n- one"))
			.isEqualTo("*Łódź* is _green_: <https://lodz.pl|site> &amp; &lt;more&gt;\n• one");
	}

	@Test
	void aVeryLongTextIsSplitIntoSectionsAndMessagesWithinTheLimits() {
		String paragraph = "Climate neutrality by 2030 needs every city. ".repeat(20);
		Reply reply = Reply.text(String.join("\n\n", Collections.nCopies(400, paragraph)));

		List<SlackMessage> messages = BlockKit.render(reply).messages();

		assertThat(messages).hasSizeGreaterThan(1);
		for (SlackMessage message : messages) {
			assertThat(message.blocks()).hasSizeBetween(1, BlockKit.MAX_BLOCKS);
			assertThat(Blocks.json(message.blocks()).length()).isLessThanOrEqualTo(BlockKit.MAX_MESSAGE_CHARS);
			assertThat(message.text().length()).isLessThanOrEqualTo(BlockKit.MAX_FALLBACK_TEXT);
			message.blocks().forEach((block) -> assertThat(text(block).length()).isLessThanOrEqualTo(3000));
		}
		int total = messages.stream().mapToInt((message) -> message.blocks().size()).sum();
		assertThat(total).isGreaterThanOrEqualTo(400 * paragraph.length() / 3000);
	}

	@Test
	void aSectionWithManyLongFieldsUsesSeveralSectionBlocks() {
		List<Element.Field> fields = new ArrayList<>();
		for (int i = 0; i < 35; i++) {
			fields.add(new Element.Field("Field " + i, "x".repeat(2500)));
		}
		Reply reply = Reply.of(new Element.Section("Card", "t".repeat(5000), fields));

		List<SlackMessage> messages = BlockKit.render(reply).messages();

		for (SlackMessage message : messages) {
			for (Map<String, Object> block : message.blocks()) {
				List<?> blockFields = (List<?>) block.getOrDefault("fields", List.of());
				assertThat(blockFields).hasSizeLessThanOrEqualTo(BlockKit.MAX_FIELDS);
				blockFields.forEach((field) -> assertThat(((Map<?, ?>) field).get("text").toString())
					.hasSizeLessThanOrEqualTo(2000));
			}
			assertThat(Blocks.json(message.blocks()).length()).isLessThanOrEqualTo(BlockKit.MAX_MESSAGE_CHARS);
		}
		long fieldCount = messages.stream()
			.flatMap((message) -> message.blocks().stream())
			.mapToLong((block) -> ((List<?>) block.getOrDefault("fields", List.of())).size())
			.sum();
		assertThat(fieldCount).isEqualTo(35);
	}

	@Test
	void sixtyButtonsWithOneActionIdGetUniqueIdsAndSeveralActionBlocks() {
		List<Element.Button> buttons = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			buttons.add(new Element.Button("vote:", "Option " + i, Integer.toString(i), Element.Button.Style.DEFAULT));
		}
		Reply reply = new Reply(List.of(new Element.Actions(buttons)), Visibility.CHANNEL, false);

		List<Map<String, Object>> blocks = BlockKit.render(reply).messages().get(0).blocks();

		assertThat(blocks).hasSize(3);
		String json = Blocks.json(blocks);
		assertThat(json).contains("\"action_id\":\"vote:\"").contains("\"action_id\":\"vote:#60\"");
		assertThat(ActionIds.catalogId("vote:#60")).isEqualTo("vote:");
	}

	@Test
	void anEmptyReplyStillMakesOneMessage() {
		assertThat(BlockKit.render(new Reply(List.of(), Visibility.EPHEMERAL, false)).messages()).hasSize(1);
	}

	private static String text(Map<String, Object> block) {
		Object text = block.get("text");
		return (text instanceof Map<?, ?> map) ? String.valueOf(map.get("text")) : "";
	}

}
