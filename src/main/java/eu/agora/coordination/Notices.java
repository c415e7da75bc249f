package eu.agora.coordination;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;

/**
 * Direct messages of coordination, each either delivered or logged as not delivered; the
 * caller counts the ones that arrived.
 */
@Component
class Notices {

	private static final Logger log = LoggerFactory.getLogger(Notices.class);

	private final Messenger messenger;

	Notices(Messenger messenger) {
		this.messenger = messenger;
	}

	boolean tell(String personId, Reply message) {
		try {
			messenger.send(new Address.Person(personId), message.visibleTo(Visibility.DIRECT));
			return true;
		}
		catch (Messenger.UndeliverableException ex) {
			log.warn("Coordination message to {} not delivered: {}", personId, ex.getMessage());
			return false;
		}
	}

}
