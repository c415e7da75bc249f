package eu.agora.slack;

import java.util.List;
import java.util.Map;

/**
 * One Slack message ready to post: Block Kit blocks within Slack's limits and the
 * notification/fallback text.
 */
record SlackMessage(List<Map<String, Object>> blocks, String text) {

	SlackMessage {
		blocks = List.copyOf(blocks);
	}

}
