package eu.agora.slack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import eu.agora.conversation.Element;
import eu.agora.conversation.PlainText;
import eu.agora.conversation.Reply;

/**
 * Renders a {@link Reply} as Block Kit within Slack's limits: section text at most 3,000
 * characters, at most 10 fields of 2,000 per section, 25 buttons per actions block, and
 * messages of at most 50 blocks and {@value #MAX_MESSAGE_CHARS} characters of block JSON.
 * Longer replies become several messages; nothing is refused for its size.
 */
final class BlockKit {

	static final int MAX_BLOCKS = 50;

	static final int MAX_SECTION_TEXT = 3000;

	static final int MAX_FIELDS = 10;

	static final int MAX_FIELD_TEXT = 2000;

	static final int MAX_FIELD_GROUP_CHARS = 6000;

	static final int MAX_BUTTONS = 25;

	/** Slack does not publish the total; this stays well below where it refuses. */
	static final int MAX_MESSAGE_CHARS = 12_000;

	static final int MAX_FALLBACK_TEXT = 3000;

	/**
	 * How an image names a file of the same reply, e.g. {@code attachment://digest.png}.
	 */
	static final String ATTACHED = "attachment://";

	private BlockKit() {
	}

	/** The reply as messages, the files to upload beside them and a form, if any. */
	static Rendered render(Reply reply) {
		List<Map<String, Object>> blocks = new ArrayList<>();
		List<Element.Attachment> files = new ArrayList<>();
		Element.@Nullable Form form = null;
		Set<String> actionIds = new HashSet<>();
		for (Element element : reply.elements()) {
			switch (element) {
				case Element.Text text -> texts(Mrkdwn.of(text.markup()), blocks);
				case Element.Section section -> section(section, blocks);
				case Element.Actions actions -> actions(actions, actionIds, blocks);
				// an image of an attached file is the file itself, uploaded beside the
				// message
				case Element.Image image when image.url().startsWith(ATTACHED) -> {
				}
				case Element.Image image -> blocks.add(Blocks.image(image.url(), image.altText()));
				case Element.Attachment file -> files.add(file);
				case Element.Source source ->
					texts(Mrkdwn.of(source.markup()) + "\n_" + Mrkdwn.of(source.citation()) + "_", blocks);
				case Element.Form request -> {
					form = request;
					texts(Mrkdwn.of(request.alternative()), blocks);
				}
			}
		}
		return new Rendered(split(blocks, PlainText.render(reply)), files, form);
	}

	private static void texts(String mrkdwn, List<Map<String, Object>> blocks) {
		if (!mrkdwn.isBlank()) {
			Mrkdwn.split(mrkdwn, MAX_SECTION_TEXT).forEach((piece) -> blocks.add(Blocks.section(piece)));
		}
	}

	private static void section(Element.Section section, List<Map<String, Object>> blocks) {
		String title = (section.title() != null) ? "*" + Mrkdwn.of(section.title()) + "*" : "";
		String body = (section.text() != null) ? Mrkdwn.of(section.text()) : "";
		texts(title.isEmpty() || body.isEmpty() ? title + body : title + "\n" + body, blocks);
		List<String> group = new ArrayList<>();
		int groupChars = 0;
		for (Element.Field field : section.fields()) {
			String text = Mrkdwn.truncate("*" + Mrkdwn.of(field.label()) + "*\n" + Mrkdwn.of(field.value()),
					MAX_FIELD_TEXT);
			if (group.size() == MAX_FIELDS || groupChars + text.length() > MAX_FIELD_GROUP_CHARS) {
				blocks.add(Blocks.fields(group));
				group = new ArrayList<>();
				groupChars = 0;
			}
			group.add(text);
			groupChars += text.length();
		}
		if (!group.isEmpty()) {
			blocks.add(Blocks.fields(group));
		}
	}

	private static void actions(Element.Actions actions, Set<String> usedIds, List<Map<String, Object>> blocks) {
		List<Map<String, Object>> buttons = new ArrayList<>();
		for (Element.Button button : actions.buttons()) {
			if (buttons.size() == MAX_BUTTONS) {
				blocks.add(Blocks.actions(buttons));
				buttons = new ArrayList<>();
			}
			buttons.add(Blocks.button(ActionIds.unique(button.actionId(), usedIds), button));
		}
		if (!buttons.isEmpty()) {
			blocks.add(Blocks.actions(buttons));
		}
	}

	static List<SlackMessage> split(List<Map<String, Object>> blocks, String plainText) {
		List<SlackMessage> messages = new ArrayList<>();
		List<Map<String, Object>> current = new ArrayList<>();
		int chars = 0;
		for (Map<String, Object> block : blocks) {
			int size = Blocks.size(block);
			if (!current.isEmpty() && (current.size() == MAX_BLOCKS || chars + size > MAX_MESSAGE_CHARS)) {
				messages.add(message(current, plainText, messages.size()));
				current = new ArrayList<>();
				chars = 0;
			}
			current.add(block);
			chars += size;
		}
		if (!current.isEmpty() || messages.isEmpty()) {
			messages.add(message(current, plainText, messages.size()));
		}
		return messages;
	}

	private static SlackMessage message(List<Map<String, Object>> blocks, String plainText, int index) {
		String text = (index == 0) ? Mrkdwn.truncate(plainText.isBlank() ? "…" : plainText, MAX_FALLBACK_TEXT)
				: "(continued)";
		return new SlackMessage(blocks, text);
	}

	/** A reply rendered for Slack. */
	record Rendered(List<SlackMessage> messages, List<Element.Attachment> files, Element.@Nullable Form form) {

		Map<String, Object> firstAsMap() {
			Map<String, Object> map = new LinkedHashMap<>();
			map.put("text", messages.get(0).text());
			map.put("blocks", messages.get(0).blocks());
			return map;
		}

	}

}
