package eu.agora.discord;

import java.util.function.BooleanSupplier;

import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.hooks.EventListener;
import net.dv8tion.jda.api.interactions.callbacks.IReplyCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Passes gateway events on only while this instance holds the Discord lease: an
 * interaction that reaches an instance that no longer does (a holder frozen past its
 * lease whose socket still delivers what was buffered) is left to the instance that holds
 * it now, so that no interaction is answered twice. A JDA {@code ListenerAdapter} cannot
 * do this itself: its {@code onGenericEvent} runs before the specific handler, it cannot
 * stop it.
 */
final class WhileServing implements EventListener {

	private static final Logger log = LoggerFactory.getLogger(WhileServing.class);

	private final EventListener listener;

	private final BooleanSupplier serving;

	/**
	 * @param listener where events go
	 * @param serving whether this instance may answer now
	 */
	WhileServing(EventListener listener, BooleanSupplier serving) {
		this.listener = listener;
		this.serving = serving;
	}

	@Override
	public void onEvent(GenericEvent event) {
		if (event instanceof IReplyCallback && !serving.getAsBoolean()) {
			log.warn("Discord interaction left unanswered: this instance no longer holds the Discord lease");
			return;
		}
		listener.onEvent(event);
	}

}
