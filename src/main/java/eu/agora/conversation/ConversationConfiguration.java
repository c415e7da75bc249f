package eu.agora.conversation;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the catalog from every feature's {@link CommandSet} and the router over it; the
 * router asks {@link RoutingDownloads} what a file typed as text means on a platform.
 */
@Configuration(proxyBeanMethods = false)
class ConversationConfiguration {

	@Bean
	CommandCatalog commandCatalog(List<CommandSet> sets) {
		return new CommandCatalog(sets);
	}

	@Bean
	Conversation conversation(CommandCatalog catalog, Callers callers, RoutingDownloads downloads,
			@Value("${agora.conversation.max-input-length:4000}") int maxInputLength) {
		return new Conversation(catalog, callers, maxInputLength, downloads);
	}

}
