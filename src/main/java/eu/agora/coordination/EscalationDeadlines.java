package eu.agora.coordination;

import java.time.Clock;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Moves up every escalation whose tier did not answer within its working days. Runs in
 * the core on one instance at a time (ShedLock); each move replaces the escalation under
 * its version, so a question moves once even if two instances try.
 */
@Component
class EscalationDeadlines {

	private final Escalating escalating;

	private final Clock clock;

	EscalationDeadlines(Escalating escalating, Clock clock) {
		this.escalating = escalating;
		this.clock = clock;
	}

	@Scheduled(cron = "${agora.coordination.deadlines-cron:0 0 * * * *}", zone = "UTC")
	@SchedulerLock(name = "escalation-deadlines", lockAtMostFor = "PT10M")
	public void onSchedule() {
		escalating.moveOverdue(clock.instant());
	}

}
