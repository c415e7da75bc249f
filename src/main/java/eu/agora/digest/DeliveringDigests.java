package eu.agora.digest;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;
import eu.agora.coordination.Scope;

/**
 * Sends each coordinator's digests once a week, per scope, at their day and time in their
 * own zone (the week is computed there). Before a digest is sent its key (person, scope,
 * ISO week) is claimed in MongoDB, so several instances and restarts never send one
 * twice; an empty week is claimed and skipped unless they asked for empty digests. When
 * no platform could take the message the claim is given back, and the next run retries
 * within the same week.
 */
@Component
class DeliveringDigests {

	private static final Logger log = LoggerFactory.getLogger(DeliveringDigests.class);

	private final Recipients recipients;

	private final BuildingDigests building;

	private final DigestReplies replies;

	private final DeliveryClaims claims;

	private final Messenger messenger;

	private final Clock clock;

	DeliveringDigests(Recipients recipients, BuildingDigests building, DigestReplies replies, DeliveryClaims claims,
			Messenger messenger, Clock clock) {
		this.recipients = recipients;
		this.building = building;
		this.replies = replies;
		this.claims = claims;
		this.messenger = messenger;
		this.clock = clock;
	}

	@Scheduled(cron = "${agora.digest.delivery-cron:0 */15 * * * *}", zone = "UTC")
	@SchedulerLock(name = "digest-delivery", lockAtMostFor = "PT30M")
	public void onSchedule() {
		deliver(clock.instant());
	}

	/**
	 * Sends every digest due at {@code now} and not claimed before; returns how many were
	 * sent.
	 */
	int deliver(Instant now) {
		int sent = 0;
		for (Recipients.Recipient recipient : recipients.all()) {
			DigestSettings settings = recipient.settings();
			if (settings.paused() || !due(settings, now)) {
				continue;
			}
			String week = isoWeek(now.atZone(settings.zoneId()));
			for (Scope scope : recipient.scopes()) {
				sent += deliver(recipient.personId(), scope, week, settings, now) ? 1 : 0;
			}
		}
		return sent;
	}

	private boolean deliver(String personId, Scope scope, String week, DigestSettings settings, Instant now) {
		String key = DeliveryClaims.Claim.key(personId, scope.key(), week);
		if (claims.claimed(key)) {
			return false;
		}
		Digest digest = building.build(scope, now, settings.zoneId());
		if (!claims.claim(new DeliveryClaims.Claim(key, personId, scope.key(), week, now, "claimed"))) {
			return false;
		}
		if (digest.quiet() && !settings.sendEmpty()) {
			claims.settle(key, "skipped (empty)");
			return false;
		}
		Reply message = replies.render(digest, false).visibleTo(Visibility.DIRECT);
		try {
			messenger.send(new Address.Person(personId), message);
		}
		catch (Messenger.UndeliverableException ex) {
			claims.release(key);
			log.warn("Digest {} not delivered, retried at the next run: {}", key, ex.getMessage());
			return false;
		}
		claims.settle(key, "sent");
		return true;
	}

	/** Whether this week's moment (day and time in their zone) has come. */
	static boolean due(DigestSettings settings, Instant now) {
		ZonedDateTime local = now.atZone(settings.zoneId());
		ZonedDateTime moment = local.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
			.truncatedTo(ChronoUnit.DAYS)
			.with(TemporalAdjusters.nextOrSame(settings.day()))
			.with(settings.localTime());
		return !local.isBefore(moment);
	}

	static String isoWeek(ZonedDateTime local) {
		return local.get(IsoFields.WEEK_BASED_YEAR) + "-W"
				+ String.format(Locale.ROOT, "%02d", local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

}
