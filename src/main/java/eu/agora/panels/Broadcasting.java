package eu.agora.panels;

import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Platform;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * Posts to every channel a panel is bound to; returns how many were reached.
 */
@Component
class Broadcasting {

	private static final Logger log = LoggerFactory.getLogger(Broadcasting.class);

	private final Messenger messenger;

	Broadcasting(Messenger messenger) {
		this.messenger = messenger;
	}

	int toChannels(Panel panel, Reply message) {
		int reached = 0;
		for (String channel : panel.channels()) {
			int colon = channel.indexOf(':');
			Platform platform = Platform.valueOf(channel.substring(0, colon).toUpperCase(Locale.ROOT));
			try {
				messenger.send(new Address.Channel(platform, channel.substring(colon + 1)),
						message.visibleTo(Visibility.CHANNEL));
				reached++;
			}
			catch (Messenger.UndeliverableException ex) {
				log.warn("Panel {}: channel {} not reached: {}", panel.name(), channel, ex.getMessage());
			}
		}
		return reached;
	}

}
