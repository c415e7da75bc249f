package eu.agora.discord;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import net.dv8tion.jda.api.events.GenericEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.session.ReadyEvent;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

/**
 * An instance that no longer holds the Discord lease leaves interactions to the one that
 * does, and still sees the gateway's other events.
 */
class WhileServingTests {

	private final List<GenericEvent> passed = new ArrayList<>();

	private final AtomicBoolean holder = new AtomicBoolean(true);

	private final WhileServing listener = new WhileServing(passed::add, holder::get);

	@Test
	void anInteractionIsPassedOnWhileThisInstanceHoldsTheLease() {
		ButtonInteractionEvent press = mock(ButtonInteractionEvent.class);

		listener.onEvent(press);

		assertThat(passed).containsExactly(press);
	}

	@Test
	void anInteractionThatArrivesAfterTheLeaseWasLostIsNotPassedOn() {
		holder.set(false);

		listener.onEvent(mock(ButtonInteractionEvent.class));

		assertThat(passed).isEmpty();
	}

	@Test
	void eventsThatAreNotInteractionsArePassedOnEitherWay() {
		holder.set(false);
		ReadyEvent ready = mock(ReadyEvent.class);

		listener.onEvent(ready);

		assertThat(passed).containsExactly(ready);
	}

}
