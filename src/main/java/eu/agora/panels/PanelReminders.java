package eu.agora.panels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Reply;

/**
 * Reminds a panel's channels of a scheduled session 24 hours and 15 minutes before. Runs
 * every minute in the core, on one instance at a time (ShedLock); each reminder is
 * claimed in {@code panel_reminders} under a unique id before it is posted, so it is
 * posted once — across instances and restarts. A reminder whose moment passed while Agora
 * was down is skipped when the next one is already due.
 */
@Component
class PanelReminders {

	static final Duration DAY_BEFORE = Duration.ofHours(24);

	static final Duration JUST_BEFORE = Duration.ofMinutes(15);

	private final Panels panels;

	private final PanelSessions sessions;

	private final PostedReminders reminders;

	private final Broadcasting broadcasting;

	private final Clock clock;

	PanelReminders(Panels panels, PanelSessions sessions, PostedReminders reminders, Broadcasting broadcasting,
			Clock clock) {
		this.panels = panels;
		this.sessions = sessions;
		this.reminders = reminders;
		this.broadcasting = broadcasting;
		this.clock = clock;
	}

	@Scheduled(cron = "${agora.panels.reminders-cron:0 * * * * *}", zone = "UTC")
	@SchedulerLock(name = "panel-reminders", lockAtMostFor = "PT5M")
	public void onSchedule() {
		remind(clock.instant());
	}

	/** Posts every reminder due at {@code now} not posted before; returns how many. */
	int remind(Instant now) {
		int posted = 0;
		for (PanelSession session : sessions.scheduled()) {
			Instant at = session.scheduledAt();
			if (at == null || !now.isBefore(at)) {
				continue;
			}
			boolean soon = !now.isBefore(at.minus(JUST_BEFORE));
			boolean tomorrow = !now.isBefore(at.minus(DAY_BEFORE));
			if (soon) {
				posted += post(session, "15m", "starts in 15 minutes") ? 1 : 0;
			}
			else if (tomorrow) {
				posted += post(session, "24h", "is tomorrow") ? 1 : 0;
			}
		}
		return posted;
	}

	private boolean post(PanelSession session, String kind, String when) {
		Panel panel = panels.byId(session.panelId()).orElse(null);
		if (panel == null || panel.archived()) {
			return false;
		}
		String id = session.id() + ":" + kind;
		if (!reminders.claim(id, session.id(), clock.instant())) {
			return false;
		}
		Reply reminder = Reply.text("**" + panel.name() + "** — “" + session.topic() + "” " + when + ": "
				+ Schedules.describe(session) + ".");
		if (broadcasting.toChannels(panel, reminder) == 0 && !panel.channels().isEmpty()) {
			reminders.release(id);
			return false;
		}
		return true;
	}

}
