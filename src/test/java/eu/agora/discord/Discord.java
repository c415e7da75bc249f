package eu.agora.discord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import tools.jackson.databind.json.JsonMapper;

/**
 * Gateway and REST payloads as Discord sends them, for the fake servers and tests.
 */
final class Discord {

	static final JsonMapper JSON = FakeDiscordGateway.JSON;

	static final String APPLICATION = "1100000000000000001";

	static final String GUILD = "1100000000000000002";

	static final String CHANNEL = "1100000000000000003";

	static final String USER = "1100000000000000004";

	static final String ROLE = "1100000000000000005";

	static final String DM = "1100000000000000006";

	static final String THREAD = "1100000000000000007";

	static final String MODERATORS = "Mission Moderators";

	private static final AtomicInteger tokens = new AtomicInteger();

	private Discord() {
	}

	static Map<String, Object> self() {
		return Map.of("id", APPLICATION, "username", "agora", "discriminator", "0000", "bot", true, "verified", true,
				"mfa_enabled", false, "flags", 0);
	}

	static Map<String, Object> user() {
		return Map.of("id", USER, "username", "ola", "discriminator", "0", "global_name", "Ola", "bot", false);
	}

	static Map<String, Object> directChannel() {
		Map<String, Object> channel = new LinkedHashMap<>();
		channel.put("id", DM);
		channel.put("type", 1);
		channel.put("recipients", List.of(user()));
		channel.put("last_message_id", null);
		return channel;
	}

	static Map<String, Object> thread() {
		Map<String, Object> thread = new LinkedHashMap<>();
		thread.put("id", THREAD);
		thread.put("type", 12);
		thread.put("guild_id", GUILD);
		thread.put("parent_id", CHANNEL);
		thread.put("owner_id", APPLICATION);
		thread.put("name", "Introduction");
		thread.put("flags", 0);
		thread.put("member_count", 1);
		thread.put("message_count", 0);
		thread.put("total_message_sent", 0);
		thread.put("rate_limit_per_user", 0);
		thread.put("thread_metadata",
				Map.of("archived", false, "auto_archive_duration", 1440, "locked", false, "invitable", false,
						"archive_timestamp", "2026-01-01T00:00:00.000000+00:00", "create_timestamp",
						"2026-01-01T00:00:00.000000+00:00"));
		return thread;
	}

	static Map<String, Object> ready() {
		return Map.of("v", 10, "user", self(), "guilds", List.of(Map.of("id", GUILD, "unavailable", true)),
				"private_channels", List.of(), "session_id", "session-1", "resume_gateway_url", "ws://127.0.0.1:1/",
				"application", Map.of("id", APPLICATION, "flags", 0));
	}

	static Map<String, Object> guild() {
		Map<String, Object> guild = new LinkedHashMap<>();
		guild.put("id", GUILD);
		guild.put("name", "Mission Cities");
		guild.put("owner_id", USER);
		guild.put("unavailable", false);
		guild.put("member_count", 2);
		guild.put("large", false);
		guild.put("afk_timeout", 300);
		guild.put("preferred_locale", "en-US");
		guild.put("features", List.of());
		// view, send, embed, attach, private threads, send in threads
		long everyone = (1L << 10) | (1L << 11) | (1L << 14) | (1L << 15) | (1L << 36) | (1L << 38);
		guild.put("roles", List.of(role(GUILD, "@everyone", 0, everyone), role(ROLE, MODERATORS, 1, 0)));
		guild.put("channels", List.of(channel()));
		guild.put("members", List.of(Map.of("user", self(), "roles", List.of(), "joined_at",
				"2025-01-01T00:00:00.000000+00:00", "deaf", false, "mute", false, "flags", 0)));
		for (String empty : List.of("threads", "guild_scheduled_events", "emojis", "stickers", "voice_states",
				"presences", "soundboard_sounds")) {
			guild.put(empty, List.of());
		}
		return guild;
	}

	/**
	 * An interaction of {@code type} (2 command, 3 component, 5 modal) from the test
	 * user.
	 */
	static Map<String, Object> interaction(int type, Map<String, Object> data) {
		Map<String, Object> interaction = new LinkedHashMap<>();
		interaction.put("id", snowflake());
		interaction.put("application_id", APPLICATION);
		interaction.put("type", type);
		interaction.put("token", "interaction-token-" + tokens.incrementAndGet());
		interaction.put("version", 1);
		interaction.put("guild_id", GUILD);
		interaction.put("guild", Map.of("id", GUILD, "locale", "en-US", "features", List.of()));
		interaction.put("channel_id", CHANNEL);
		interaction.put("channel", channel());
		interaction.put("member", member());
		interaction.put("locale", "en-GB");
		interaction.put("guild_locale", "en-US");
		interaction.put("app_permissions", "2147483647");
		interaction.put("entitlements", List.of());
		interaction.put("authorizing_integration_owners", Map.of("0", GUILD));
		interaction.put("context", 0);
		interaction.put("data", data);
		return interaction;
	}

	/**
	 * A slash command: {@code path} is the subcommand (group first), options are strings.
	 */
	static Map<String, Object> slash(String command, List<String> path, Map<String, String> options) {
		List<Object> leaf = options.entrySet()
			.stream()
			.map((option) -> (Object) Map.of("name", option.getKey(), "type", 3, "value", option.getValue()))
			.toList();
		for (int i = path.size() - 1; i >= 0; i--) {
			int type = (i == path.size() - 1) ? 1 : 2;
			leaf = List.of(Map.of("name", path.get(i), "type", type, "options", leaf));
		}
		return interaction(2, Map.of("id", snowflake(), "name", command, "type", 1, "options", leaf));
	}

	/**
	 * A slash command with one attachment option, resolved in {@code data.resolved} as
	 * Discord sends it.
	 */
	static Map<String, Object> slashWithFile(String command, String subcommand, String option,
			Map<String, Object> attachment) {
		Map<String, Object> value = Map.of("name", option, "type", 11, "value", attachment.get("id"));
		Map<String, Object> data = Map.of("id", snowflake(), "name", command, "type", 1, "options",
				List.of(Map.of("name", subcommand, "type", 1, "options", List.of(value))), "resolved",
				Map.of("attachments", Map.of(attachment.get("id"), attachment)));
		return interaction(2, data);
	}

	/** An attachment as Discord describes it: id, file name, type, size and CDN URL. */
	static Map<String, Object> attachment(String fileName, String contentType, long size, String url) {
		Map<String, Object> attachment = new LinkedHashMap<>();
		attachment.put("id", snowflake());
		attachment.put("filename", fileName);
		attachment.put("content_type", contentType);
		attachment.put("size", size);
		attachment.put("url", url);
		attachment.put("proxy_url", url);
		return attachment;
	}

	/** A message context-menu command on a message with {@code content}. */
	static Map<String, Object> messageCommand(String name, String content) {
		return messageCommand(name, content, List.of());
	}

	/** A message context-menu command on a message with text and attachments. */
	static Map<String, Object> messageCommand(String name, String content, List<Map<String, Object>> attachments) {
		Map<String, Object> target = message();
		target.put("author", member().get("user"));
		target.put("content", content);
		target.put("attachments", attachments);
		Map<String, Object> data = Map.of("id", snowflake(), "name", name, "type", 3, "target_id", target.get("id"),
				"resolved", Map.of("messages", Map.of(target.get("id"), target)));
		return interaction(2, data);
	}

	static Map<String, Object> button(String customId) {
		Map<String, Object> interaction = interaction(3, Map.of("custom_id", customId, "component_type", 2));
		interaction.put("message", message());
		return interaction;
	}

	/** A modal submission: text inputs by custom id, each inside a label (type 18). */
	static Map<String, Object> modalSubmit(String modalId, Map<String, String> values) {
		List<Object> labels = values.entrySet()
			.stream()
			.map((value) -> (Object) Map.of("type", 18, "id", 1, "component",
					Map.of("type", 4, "id", 2, "custom_id", value.getKey(), "value", value.getValue())))
			.toList();
		return interaction(5, Map.of("custom_id", modalId, "components", labels));
	}

	static Map<String, Object> message() {
		Map<String, Object> message = new LinkedHashMap<>();
		message.put("id", snowflake());
		message.put("type", 0);
		message.put("channel_id", CHANNEL);
		message.put("author", self());
		message.put("content", "");
		message.put("timestamp", "2026-01-01T00:00:00.000000+00:00");
		message.put("edited_timestamp", null);
		message.put("tts", false);
		message.put("pinned", false);
		message.put("mention_everyone", false);
		message.put("flags", 0);
		for (String empty : List.of("mentions", "mention_roles", "embeds", "attachments", "components")) {
			message.put(empty, List.of());
		}
		return message;
	}

	/**
	 * A message the test user writes in {@code channelId}: the guild's channel (with its
	 * member) when {@code inGuild}, else the direct conversation.
	 */
	static Map<String, Object> userMessage(String channelId, String content, boolean inGuild) {
		Map<String, Object> message = message();
		message.put("channel_id", channelId);
		message.put("author", user());
		message.put("content", content);
		if (inGuild) {
			message.put("guild_id", GUILD);
			Map<String, Object> member = new LinkedHashMap<>(member());
			member.remove("user");
			message.put("member", member);
		}
		if (content.contains("<@" + APPLICATION + ">")) {
			message.put("mentions", List.of(self()));
		}
		return message;
	}

	/** A current snowflake: Discord rejects (and JDA drops) interactions with old ids. */
	static String snowflake() {
		return Long.toString((System.currentTimeMillis() - 1420070400000L) << 22 | tokens.incrementAndGet());
	}

	private static Map<String, Object> role(String id, String name, int position, long permissions) {
		Map<String, Object> colors = new LinkedHashMap<>();
		colors.put("primary_color", 0);
		colors.put("secondary_color", null);
		colors.put("tertiary_color", null);
		return Map.of("id", id, "name", name, "permissions", Long.toString(permissions), "position", position, "color",
				0, "colors", colors, "hoist", false, "managed", false, "mentionable", false, "flags", 0);
	}

	private static Map<String, Object> channel() {
		return Map.of("id", CHANNEL, "type", 0, "guild_id", GUILD, "name", "general", "position", 0,
				"permission_overwrites", List.of(), "nsfw", false, "flags", 0);
	}

	private static Map<String, Object> member() {
		Map<String, Object> user = user();
		Map<String, Object> member = new LinkedHashMap<>();
		member.put("user", user);
		member.put("roles", List.of(ROLE));
		member.put("joined_at", "2025-01-01T00:00:00.000000+00:00");
		member.put("nick", "Ola from Łódź");
		member.put("deaf", false);
		member.put("mute", false);
		member.put("flags", 0);
		member.put("permissions", "2147483647");
		return member;
	}

}
