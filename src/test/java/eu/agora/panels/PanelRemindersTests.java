package eu.agora.panels;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import eu.agora.MutableClock;
import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;

import static eu.agora.panels.PanelTestData.aPanel;
import static eu.agora.panels.PanelTestData.aSession;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Session reminders are claimed before they are posted, and given back when nobody was
 * reached.
 */
class PanelRemindersTests {

	private static final Instant AT = Instant.parse("2026-03-05T13:00:00Z");

	private final InMemoryPanels panels = new InMemoryPanels();

	private final InMemoryPanelSessions sessions = new InMemoryPanelSessions();

	private final InMemoryPostedReminders posted = new InMemoryPostedReminders();

	private final List<Address> reached = new ArrayList<>();

	private boolean channelsDown;

	private final Messenger messenger = (to, message) -> {
		if (channelsDown) {
			throw new Messenger.UndeliverableException("down");
		}
		reached.add(to);
	};

	private final PanelReminders reminders = new PanelReminders(panels, sessions, posted, new Broadcasting(messenger),
			new MutableClock(AT.minus(Duration.ofDays(2))));

	@Test
	void givenASessionTomorrow_thenTheDayBeforeReminderIsPostedOnceHoweverOftenTheJobRuns() {
		Panel energy = panels.create(aPanel().boundTo("shell:room").build());
		sessions.add(aSession().of(energy).at(AT).build());

		int first = reminders.remind(AT.minus(Duration.ofHours(24)));
		int again = reminders.remind(AT.minus(Duration.ofHours(23)));

		assertThat(first).isEqualTo(1);
		assertThat(again).isZero();
		assertThat(posted.claimed()).containsExactly("S-000001:24h");
		assertThat(reached).hasSize(1);
	}

	@Test
	void givenNoChannelCouldBeReached_thenTheClaimIsGivenBackAndTheNextRunRetries() {
		Panel energy = panels.create(aPanel().boundTo("shell:room").build());
		sessions.add(aSession().of(energy).at(AT).build());
		channelsDown = true;

		assertThat(reminders.remind(AT.minus(Duration.ofMinutes(15)))).isZero();
		assertThat(posted.claimed()).isEmpty();

		channelsDown = false;
		assertThat(reminders.remind(AT.minus(Duration.ofMinutes(14)))).isEqualTo(1);
	}

	@Test
	void givenAnArchivedPanel_thenItsSessionsAreNotAnnounced() {
		Panel archived = panels.create(aPanel().boundTo("shell:room").archived().build());
		sessions.add(aSession().of(archived).at(AT).build());

		assertThat(reminders.remind(AT.minus(Duration.ofMinutes(10)))).isZero();
		assertThat(reached).isEmpty();
	}

}
