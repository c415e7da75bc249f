package eu.agora.discord;

import java.util.List;
import java.util.Optional;

import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.hooks.EventListener;
import org.jspecify.annotations.Nullable;

import eu.agora.conversation.CommandCatalog;

/**
 * The JDA gateway connection, open only while this instance holds the Discord lease
 * ({@link GatewayLeadership}). Opening logs in, waits until ready and registers the
 * catalog; a close that comes while it connects wins, so a connection that finishes after
 * its instance stepped down is shut at once.
 */
final class DiscordGateway implements GatewayLeadership.Gateway {

	private final String token;

	private final DiscordProperties properties;

	private final List<EventListener> listeners;

	private final CommandCatalog catalog;

	private long closes;

	private volatile @Nullable JDA jda;

	DiscordGateway(String token, DiscordProperties properties, List<EventListener> listeners, CommandCatalog catalog) {
		this.token = token;
		this.properties = properties;
		this.listeners = List.copyOf(listeners);
		this.catalog = catalog;
	}

	@Override
	public void open() {
		long ticket;
		synchronized (this) {
			ticket = closes;
		}
		JDA connected = DiscordConnection.connect(token, properties, listeners);
		synchronized (this) {
			if (closes != ticket) {
				connected.shutdownNow();
				return;
			}
			this.jda = connected;
		}
		RegisteringCommands.register(connected, catalog, properties.guildIds());
	}

	@Override
	public synchronized void close() {
		closes++;
		JDA open = this.jda;
		this.jda = null;
		if (open != null) {
			open.shutdownNow();
		}
	}

	/** The connection while this instance holds the gateway. */
	Optional<JDA> jda() {
		return Optional.ofNullable(this.jda);
	}

}
