package eu.agora.directory;

import java.time.Clock;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

import eu.agora.storage.Sequences;

/**
 * Writes the audit history: every grant, request, approval, decline, revoke and removal,
 * written before the change it records, so a crash never loses the event.
 */
@Component
class Auditing {

	private final AuditTrail trail;

	private final Sequences sequences;

	private final Clock clock;

	Auditing(AuditTrail trail, Sequences sequences, Clock clock) {
		this.trail = trail;
		this.sequences = sequences;
		this.clock = clock;
	}

	void record(String type, String subject, String actor, String scope, @Nullable String note) {
		trail.append(
				new AuditEvent("AU-" + sequences.next("audit"), clock.instant(), type, subject, actor, scope, note));
	}

}
