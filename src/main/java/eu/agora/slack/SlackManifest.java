package eu.agora.slack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

import eu.agora.conversation.CommandCatalog;
import eu.agora.conversation.CommandSpec;
import eu.agora.conversation.MessageActionSpec;
import eu.agora.conversation.SubcommandSpec;

/**
 * The Slack app manifest ({@code config/slack-manifest.yml}) derived from the catalog:
 * one slash command per top-level command, one message shortcut per message action, the
 * {@code app_mention} event, interactivity and the scopes Agora uses. Request URLs point
 * at {@value #HOST}, to be replaced by the real host.
 */
final class SlackManifest {

	static final String HOST = "https://agora.example.org";

	static final List<String> SCOPES = List.of("app_mentions:read", "chat:write", "commands", "files:read",
			"files:write", "im:history", "im:write", "mpim:write", "usergroups:read", "users:read");

	private SlackManifest() {
	}

	static String yaml(CommandCatalog catalog, String path) {
		String url = HOST + path;
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("_metadata", ordered("major_version", 1, "minor_version", 1));
		manifest.put("display_information", ordered("name", "Agora", "description",
				"Chat bot for the EU Mission on Climate-Neutral and Smart Cities", "background_color", "#003399"));
		Map<String, Object> features = new LinkedHashMap<>();
		features.put("app_home", ordered("messages_tab_enabled", true, "messages_tab_read_only_enabled", false));
		features.put("bot_user", ordered("display_name", "Agora", "always_online", true));
		features.put("slash_commands",
				catalog.commands().stream().map((command) -> slashCommand(command, url)).toList());
		if (!catalog.messageActions().isEmpty()) {
			features.put("shortcuts", catalog.messageActions().stream().map(SlackManifest::shortcut).toList());
		}
		manifest.put("features", features);
		manifest.put("oauth_config", ordered("scopes", ordered("bot", SCOPES)));
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("event_subscriptions",
				ordered("request_url", url, "bot_events", List.of("app_mention", "message.im")));
		settings.put("interactivity", ordered("is_enabled", true, "request_url", url));
		settings.put("org_deploy_enabled", false);
		settings.put("socket_mode_enabled", false);
		settings.put("token_rotation_enabled", false);
		manifest.put("settings", settings);
		return "# Generated from Agora's command catalog by SlackManifestTests; do not edit.\n"
				+ "# Regenerate: ./mvnw -B test -Dtest=SlackManifestTests -Dagora.regenerate-manifest=true\n"
				+ YAMLMapper.builder().disable(YAMLWriteFeature.SPLIT_LINES).build().writeValueAsString(manifest);
	}

	private static Map<String, Object> slashCommand(CommandSpec command, String url) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("command", "/" + command.name());
		entry.put("url", url);
		entry.put("description", Mrkdwn.truncate(command.description(), 2000));
		entry.put("usage_hint", Mrkdwn.truncate(usage(command), 1000));
		entry.put("should_escape", false);
		return entry;
	}

	static String usage(CommandSpec command) {
		int prefix = command.name().length() + 2;
		return command.subcommands()
			.stream()
			.map((SubcommandSpec sub) -> sub.usage(command.name()))
			.map((line) -> (line.length() > prefix) ? line.substring(prefix) : "")
			.filter((line) -> !line.isEmpty())
			.collect(Collectors.joining(" | "));
	}

	/** A map that keeps the order of {@code keysAndValues}, so the file is stable. */
	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

	private static Map<String, Object> shortcut(MessageActionSpec action) {
		Map<String, Object> entry = new LinkedHashMap<>();
		entry.put("name", action.name());
		entry.put("type", "message");
		entry.put("callback_id", action.id());
		entry.put("description", Mrkdwn.truncate(action.description(), 150));
		return entry;
	}

}
