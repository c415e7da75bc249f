package eu.agora.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

import eu.agora.conversation.Element;

/**
 * Block Kit blocks as plain maps, serialised as JSON when posted.
 */
final class Blocks {

	private static final JsonMapper JSON = JsonMapper.shared();

	private Blocks() {
	}

	static Map<String, Object> section(String mrkdwn) {
		return Map.of("type", "section", "text", mrkdwn(mrkdwn));
	}

	static Map<String, Object> fields(List<String> mrkdwnFields) {
		return Map.of("type", "section", "fields", mrkdwnFields.stream().map(Blocks::mrkdwn).toList());
	}

	static Map<String, Object> image(String url, @Nullable String altText) {
		String alt = (altText == null || altText.isBlank()) ? "image" : altText;
		return Map.of("type", "image", "image_url", url, "alt_text", Mrkdwn.truncate(alt, 2000));
	}

	static Map<String, Object> actions(List<Map<String, Object>> buttons) {
		return Map.of("type", "actions", "elements", List.copyOf(buttons));
	}

	static Map<String, Object> button(String actionId, Element.Button button) {
		Map<String, Object> map = new LinkedHashMap<>();
		map.put("type", "button");
		map.put("action_id", actionId);
		map.put("text", plain(Mrkdwn.truncate(button.label(), 75)));
		if (button.value() != null) {
			map.put("value", Mrkdwn.truncate(button.value(), 2000));
		}
		if (button.style() == Element.Button.Style.PRIMARY) {
			map.put("style", "primary");
		}
		else if (button.style() == Element.Button.Style.DANGER) {
			map.put("style", "danger");
		}
		return map;
	}

	static Map<String, Object> mrkdwn(String text) {
		return Map.of("type", "mrkdwn", "text", text);
	}

	static Map<String, Object> plain(String text) {
		return Map.of("type", "plain_text", "text", text, "emoji", true);
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	static int size(Map<String, Object> block) {
		return json(block).length();
	}

}
