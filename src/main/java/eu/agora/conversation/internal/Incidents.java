package eu.agora.conversation.internal;

import java.security.SecureRandom;
import java.util.HexFormat;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import eu.agora.conversation.Inbound;

/**
 * Gives an unexpected failure an id the user can quote, and logs it with the stack trace.
 */
public final class Incidents {

	private static final Logger log = LoggerFactory.getLogger(Incidents.class);

	private final SecureRandom random = new SecureRandom();

	public String report(Throwable failure, Inbound inbound) {
		byte[] bytes = new byte[4];
		random.nextBytes(bytes);
		String id = "INC-" + HexFormat.of().withUpperCase().formatHex(bytes);
		log.error("Incident {}: {} from {} failed", id, inbound.input().getClass().getSimpleName(),
				inbound.sender().identity(), failure);
		return id;
	}

}
