package eu.agora.discord;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import net.dv8tion.jda.api.hooks.EventListener;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

import eu.agora.conversation.Conversation;
import eu.agora.conversation.PlatformDownloads;
import eu.agora.conversation.PlatformMessenger;
import eu.agora.storage.InstanceId;
import eu.agora.storage.Leases;

/**
 * The Discord adapter's beans; present when {@code DISCORD_TOKEN} is set. Of several
 * instances over one database, the one that holds the Discord lease runs the gateway
 * ({@link GatewayLeadership}); button memory and last-seen channels are in MongoDB, so
 * whichever holds it answers. When this instance takes the lease at start, start-up logs
 * in, waits for the gateway and registers the catalog, or fails with a message naming
 * what to fix.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(DiscordTokenCondition.class)
@EnableConfigurationProperties({ DiscordProperties.class, DiscordLeaseProperties.class })
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
	CustomIds discordCustomIds(InteractionMemory discordInteractionMemory) {
		return new CustomIds(discordInteractionMemory);
	}

	@Bean
	MessageRendering discordRendering(CustomIds discordCustomIds) {
		return new MessageRendering(discordCustomIds);
	}

	/** On the wall clock, like the leases: tests move the application's clock by days. */
	@Bean
	GatewayLeadership discordLeadership(Leases leases, InstanceId instanceId, DiscordLeaseProperties lease,
			DiscordGateway discordGateway) {
		return new GatewayLeadership(leases, instanceId, Clock.systemUTC(), lease.length(), lease.margin(),
				discordGateway, Executors.newVirtualThreadPerTaskExecutor());
	}

	@Bean
	KeepingTheLease discordKeepingTheLease(GatewayLeadership discordLeadership, DiscordLeaseProperties lease) {
		return new KeepingTheLease(discordLeadership, lease);
	}

	@Bean
	DiscordGateway discordGateway(Environment environment, DiscordProperties properties,
			ObjectProvider<Interactions> discordInteractions, ObjectProvider<PlainMessages> discordPlainMessages,
			ObjectProvider<GatewayLeadership> discordLeadership, Conversation conversation) {
		// set: DiscordTokenCondition guards this configuration
		String token = Objects.requireNonNull(environment.getProperty(DiscordTokenCondition.TOKEN));
		EventListener interactions = new WhileServing((event) -> discordInteractions.getObject().onEvent(event),
				() -> discordLeadership.getObject().serving());
		EventListener plainMessages = (event) -> discordPlainMessages.getObject().onEvent(event);
		return new DiscordGateway(token, properties, List.of(interactions, plainMessages), conversation.catalog());
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

	@Bean
	PlatformDownloads discordDownloads() {
		return new DiscordDownloads();
	}

	@Bean
	PlatformMessenger discordMessenger(DiscordGateway discordGateway, MessageRendering discordRendering,
			LastSeenChannels discordLastSeenChannels, DiscordProperties properties) {
		return new DiscordMessenger(discordGateway, discordRendering, discordLastSeenChannels,
				properties.groupChannelId());
	}

	@Bean
	DiscordHealthIndicator discordHealthIndicator(GatewayLeadership discordLeadership, DiscordGateway discordGateway,
			Leases leases, InstanceId instanceId) {
		return new DiscordHealthIndicator(discordLeadership, discordGateway, leases, instanceId);
	}

}
