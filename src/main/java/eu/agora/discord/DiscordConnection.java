package eu.agora.discord;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.JDABuilder;
import net.dv8tion.jda.api.exceptions.InvalidTokenException;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.requests.GatewayIntent;
import net.dv8tion.jda.api.requests.RestConfig;
import net.dv8tion.jda.api.utils.Compression;
import net.dv8tion.jda.api.utils.SessionControllerAdapter;

/**
 * Logs in to Discord and waits until the gateway is ready; a wrong token, an unreachable
 * server or a gateway that never becomes ready fail start-up with a
 * {@link DiscordStartupException}.
 */
final class DiscordConnection {

	private DiscordConnection() {
	}

	static JDA connect(String token, DiscordProperties properties, List<EventListener> listeners) {
		JDA jda = login(token, properties, listeners);
		try {
			awaitReady(jda, properties);
			return jda;
		}
		catch (RuntimeException failure) {
			jda.shutdownNow();
			throw failure;
		}
	}

	private static JDA login(String token, DiscordProperties properties, List<EventListener> listeners) {
		// interactions need no intent; direct messages and guild messages bring plain
		// questions (the text only of those that mention the bot: no privileged intent);
		// JDA always asks for GUILDS, which caches guilds, roles and channels
		JDABuilder builder = JDABuilder
			.createLight(token, EnumSet.of(GatewayIntent.DIRECT_MESSAGES, GatewayIntent.GUILD_MESSAGES))
			.setRestConfig(new RestConfig().setBaseUrl(properties.restUrl()))
			.addEventListeners(listeners.toArray());
		if (properties.gatewayUrl() != null) {
			builder.setSessionController(new FixedGateway(properties.gatewayUrl())).setCompression(Compression.NONE);
		}
		try {
			return builder.build();
		}
		catch (InvalidTokenException ex) {
			throw new DiscordStartupException("Discord rejected the bot token in DISCORD_TOKEN",
					"Copy the token from the Developer Portal (your application > Bot > Reset Token) into DISCORD_TOKEN.",
					ex);
		}
		catch (RuntimeException ex) {
			throw new DiscordStartupException("Could not log in to Discord at " + properties.restUrl()
					+ " with DISCORD_TOKEN: " + ex.getMessage(),
					"Check DISCORD_TOKEN, the network and agora.discord.rest-url.", ex);
		}
	}

	private static void awaitReady(JDA jda, DiscordProperties properties) {
		CompletableFuture<JDA> ready = CompletableFuture.supplyAsync(() -> {
			try {
				return jda.awaitStatus(JDA.Status.CONNECTED, JDA.Status.SHUTDOWN);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException("interrupted", ex);
			}
		});
		try {
			ready.get(properties.readyTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (TimeoutException ex) {
			throw notReady("did not become ready within " + properties.readyTimeout().toSeconds() + " s", ex);
		}
		catch (ExecutionException ex) {
			// a CompletableFuture's ExecutionException always carries what it failed with
			Throwable cause = Objects.requireNonNull(ex.getCause());
			throw notReady(String.valueOf(cause.getMessage()), cause);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw notReady("start-up was interrupted", ex);
		}
	}

	private static DiscordStartupException notReady(String why, Throwable cause) {
		return new DiscordStartupException("The Discord gateway connection with DISCORD_TOKEN failed: " + why,
				"Check DISCORD_TOKEN, the network and agora.discord.gateway-url.", cause);
	}

	/**
	 * A session controller that connects to a configured gateway instead of asking
	 * Discord.
	 */
	static final class FixedGateway extends SessionControllerAdapter {

		private final String url;

		FixedGateway(String url) {
			this.url = url;
		}

		@Override
		public String getGateway() {
			return url;
		}

		@Override
		public ShardedGateway getShardedGateway(JDA api) {
			return new ShardedGateway(url, 1);
		}

	}

}
