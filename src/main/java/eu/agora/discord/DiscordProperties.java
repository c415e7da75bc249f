package eu.agora.discord;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Discord adapter ({@code agora.discord.*}). The token is not among them:
 * it comes only from the environment variable {@code DISCORD_TOKEN}.
 *
 * @param restUrl base URL of Discord's REST API, ending in {@code /}
 * @param gatewayUrl gateway WebSocket URL; empty asks Discord for it
 * @param guildIds guilds to register the commands in (instant); empty registers them
 * globally
 * @param groupChannelId text channel in which group conversations open as private threads
 * @param readyTimeout how long start-up waits for the gateway to become ready
 * @param deferAfter how long an interaction may run before it is deferred (Discord allows
 * 3 s for the first response)
 */
@ConfigurationProperties("agora.discord")
record DiscordProperties(@DefaultValue("https://discord.com/api/v10/") String restUrl, @Nullable String gatewayUrl,
		List<String> guildIds, @Nullable String groupChannelId, @DefaultValue("60s") Duration readyTimeout,
		@DefaultValue("2s") Duration deferAfter) {

	DiscordProperties {
		restUrl = restUrl.endsWith("/") ? restUrl : restUrl + "/";
		gatewayUrl = (gatewayUrl == null || gatewayUrl.isBlank()) ? null : gatewayUrl;
		guildIds = (guildIds != null) ? List.copyOf(guildIds) : List.of();
		groupChannelId = (groupChannelId == null || groupChannelId.isBlank()) ? null : groupChannelId;
	}

}
