package eu.agora.discord;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.dv8tion.jda.api.JDA;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.PlatformDownloads;
import eu.agora.conversation.PlatformMessenger;

/**
 * The Discord adapter's beans; present when {@code DISCORD_TOKEN} is set. Start-up logs
 * in, waits for the gateway and registers the catalog, or fails with a message naming
 * what to fix.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordTokenCondition.class)
@EnableConfigurationProperties(DiscordProperties.class)
class DiscordConfiguration {

	@Bean(destroyMethod = "shutdown")
	ExecutorService discordWorkers() {
		return Executors.newVirtualThreadPerTaskExecutor();
	}

	@Bean(destroyMethod = "shutdown")
	ScheduledExecutorService discordTimer() {
		return Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().name("discord-defer").daemon().factory());
	}

	@Bean
	CustomIds discordCustomIds() {
		return new CustomIds(new InteractionMemory(Clock.systemUTC()));
	}

	@Bean
	MessageRendering discordRendering(CustomIds discordCustomIds) {
		return new MessageRendering(discordCustomIds);
	}

	@Bean
	LastSeenChannels discordLastSeenChannels() {
		return new LastSeenChannels();
	}

	@Bean
	Interactions discordInteractions(Conversation conversation, DiscordProperties properties,
			ExecutorService discordWorkers, ScheduledExecutorService discordTimer, MessageRendering discordRendering,
			CustomIds discordCustomIds, LastSeenChannels discordLastSeenChannels) {
		Responding responding = new Responding(discordWorkers, discordTimer, properties.deferAfter(), discordRendering,
				new FormModals(discordCustomIds));
		return new Interactions(conversation, responding, discordCustomIds, discordLastSeenChannels);
	}

	@Bean
	PlainMessages discordPlainMessages(Conversation conversation, MessageRendering discordRendering,
			ExecutorService discordWorkers) {
		return new PlainMessages(conversation, discordRendering, discordWorkers);
	}

	@Bean(destroyMethod = "shutdown")
	JDA discordJda(Environment environment, DiscordProperties properties, Interactions discordInteractions,
			PlainMessages discordPlainMessages, Conversation conversation) {
		// set: DiscordTokenCondition guards this configuration
		String token = Objects.requireNonNull(environment.getProperty(DiscordTokenCondition.TOKEN));
		JDA jda = DiscordConnection.connect(token, properties, List.of(discordInteractions, discordPlainMessages));
		RegisteringCommands.register(jda, conversation.catalog(), properties.guildIds());
		return jda;
	}

	@Bean
	PlatformDownloads discordDownloads() {
		return new DiscordDownloads();
	}

	@Bean
	PlatformMessenger discordMessenger(JDA discordJda, MessageRendering discordRendering,
			LastSeenChannels discordLastSeenChannels, DiscordProperties properties) {
		return new DiscordMessenger(discordJda, discordRendering, discordLastSeenChannels, properties.groupChannelId());
	}

	@Bean
	DiscordHealthIndicator discordHealthIndicator(JDA discordJda) {
		return new DiscordHealthIndicator(discordJda);
	}

}
