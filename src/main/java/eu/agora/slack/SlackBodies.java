package eu.agora.slack;

import java.net.URLDecoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks that a signed Slack body has the shape its listener relies on — before Bolt
 * reads it — so that a malformed body is refused with a reason instead of failing deep
 * inside a listener.
 */
final class SlackBodies {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private SlackBodies() {
	}

	/** The body as text; empty when it is not valid UTF-8. */
	static Optional<String> decode(byte[] body) {
		try {
			return Optional.of(StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(body))
				.toString());
		}
		catch (CharacterCodingException ex) {
			return Optional.empty();
		}
	}

	/** Why the body cannot be handled, or empty when it can. */
	static Optional<String> problem(String body, @Nullable String contentType) {
		boolean json = contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("application/json");
		return json ? eventProblem(body) : formProblem(body);
	}

	private static Optional<String> eventProblem(String body) {
		JsonNode root = parse(body);
		if (root == null || !root.isObject()) {
			return Optional.of("the JSON body is not an object");
		}
		String type = text(root, "type");
		if ("url_verification".equals(type)) {
			return missing(root, "challenge");
		}
		if (!"event_callback".equals(type)) {
			return Optional.of("an event of unknown type " + quoted(type));
		}
		JsonNode event = root.get("event");
		if (event == null || !event.isObject()) {
			return Optional.of("an event_callback without an event");
		}
		Optional<String> id = missing(root, "event_id");
		if (id.isPresent() || !"app_mention".equals(text(event, "type"))) {
			return id;
		}
		return missing(event, "user").or(() -> missing(event, "channel")).map((what) -> "an app_mention with " + what);
	}

	private static Optional<String> formProblem(String body) {
		Map<String, String> fields = new HashMap<>();
		for (String pair : body.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				try {
					fields.put(pair.substring(0, equals),
							URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
				}
				catch (IllegalArgumentException ex) {
					return Optional.of("a form field that is not URL-encoded");
				}
			}
		}
		if (fields.containsKey("payload")) {
			return payloadProblem(fields.get("payload"));
		}
		if (fields.containsKey("command")) {
			return blank(fields.get("user_id")) ? Optional.of("a slash command without user_id") : Optional.empty();
		}
		return Optional.of("neither a slash command nor an interaction payload");
	}

	private static Optional<String> payloadProblem(@Nullable String payload) {
		JsonNode root = (payload == null) ? null : parse(payload);
		if (root == null || !root.isObject()) {
			return Optional.of("an interaction payload that is not a JSON object");
		}
		String type = text(root, "type");
		JsonNode user = root.get("user");
		if (user == null || blank(text(user, "id"))) {
			return Optional.of("a " + quoted(type) + " payload without a user");
		}
		return switch (String.valueOf(type)) {
			case "block_actions" -> {
				JsonNode actions = root.get("actions");
				yield (actions == null || !actions.isArray() || actions.isEmpty()
						|| blank(text(actions.get(0), "action_id"))) ? Optional.of("block_actions without an action")
								: Optional.empty();
			}
			case "view_submission" -> {
				JsonNode view = root.get("view");
				yield (view == null || blank(text(view, "callback_id"))) ? Optional.of("view_submission without a view")
						: Optional.empty();
			}
			case "message_action", "shortcut", "view_closed", "block_suggestion" -> Optional.empty();
			default -> Optional.of("an interaction of unknown type " + quoted(type));
		};
	}

	private static @Nullable JsonNode parse(String json) {
		try {
			return JSON.readTree(json);
		}
		catch (JacksonException ex) {
			return null;
		}
	}

	private static Optional<String> missing(JsonNode node, String field) {
		return blank(text(node, field)) ? Optional.of("no " + field) : Optional.empty();
	}

	private static @Nullable String text(@Nullable JsonNode node, String field) {
		JsonNode value = (node == null) ? null : node.get(field);
		return (value != null && value.isString()) ? value.asString() : null;
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

	private static String quoted(@Nullable String type) {
		if (type == null) {
			return "(none)";
		}
		String shown = type.replaceAll("[^A-Za-z0-9_.-]", "?");
		return "`" + (shown.length() > 40 ? shown.substring(0, 40) + "…" : shown) + "`";
	}

}
