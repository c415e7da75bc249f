package eu.agora.commitments;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Reminds a commitment's contact 30 and 7 days before its deadline and when it goes
 * stale; after a second unanswered reminder, its city's coordinators. Runs in the core on
 * a schedule, on one instance at a time (ShedLock), and each reminder is claimed in
 * {@code commitment_reminders} under a unique id before it is sent, so none is sent twice
 * — across instances and restarts.
 */
@Component
class CommitmentReminders {

	private static final Logger log = LoggerFactory.getLogger(CommitmentReminders.class);

	private final Ledger ledger;

	private final SentReminders reminders;

	private final Messenger messenger;

	private final People people;

	private final CityDirectory cities;

	private final Clock clock;

	CommitmentReminders(Ledger ledger, SentReminders reminders, Messenger messenger, People people,
			CityDirectory cities, Clock clock) {
		this.ledger = ledger;
		this.reminders = reminders;
		this.messenger = messenger;
		this.people = people;
		this.cities = cities;
		this.clock = clock;
	}

	@Scheduled(cron = "${agora.commitments.reminders-cron:0 0 * * * *}", zone = "UTC")
	@SchedulerLock(name = "commitment-reminders", lockAtMostFor = "PT30M")
	public void onSchedule() {
		remind(clock.instant());
	}

	/**
	 * Sends every reminder due at {@code now} that was not sent before; returns how many.
	 */
	int remind(Instant now) {
		int sent = 0;
		for (Commitment commitment : ledger.all()) {
			if (commitment.isOpen()) {
				for (String kind : due(commitment, now)) {
					sent += remind(commitment, kind, now) ? 1 : 0;
				}
			}
		}
		return sent;
	}

	private List<String> due(Commitment commitment, Instant now) {
		List<String> kinds = new ArrayList<>();
		LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
		LocalDate deadline = commitment.deadline();
		if (!today.isAfter(deadline) && !today.isBefore(deadline.minusDays(30))) {
			kinds.add(today.isBefore(deadline.minusDays(7)) ? "deadline-30" : "deadline-7");
		}
		if (commitment.isStale(now)) {
			kinds.add("stale-" + LocalDate.ofInstant(commitment.updatedAt(), ZoneOffset.UTC));
		}
		return kinds;
	}

	private boolean remind(Commitment commitment, String kind, Instant now) {
		String claim = commitment.id() + ":" + kind;
		if (!claimed(claim, commitment, kind, now)) {
			return false;
		}
		List<String> to = (commitment.contactPersonId() != null) ? List.of(commitment.contactPersonId())
				: people.officersOf(commitment.cityKey()).stream().map(Person::id).toList();
		if (!deliver(to, message(commitment, kind))) {
			reminders.release(claim);
			return false;
		}
		escalateIfUnanswered(commitment, now);
		return true;
	}

	private void escalateIfUnanswered(Commitment commitment, Instant now) {
		long unanswered = reminders.sentAfter(commitment.storedId(), commitment.storedUpdatedAt());
		String claim = commitment.id() + ":escalation-" + commitment.storedUpdatedAt().toEpochMilli();
		if (unanswered < 2 || !claimed(claim, commitment, "escalation", now)) {
			return;
		}
		City city = cities.byKey(commitment.cityKey()).orElseThrow();
		List<String> coordinators = people.coordinatorsOf(city).stream().map(Person::id).toList();
		Reply escalation = Reply.text("**" + commitment.id() + "** (" + city.name() + ", “" + commitment.title()
				+ "”) has had two reminders without an update. Its contact may have moved on: please check with the city.");
		if (!deliver(coordinators, escalation)) {
			reminders.release(claim);
		}
	}

	private boolean claimed(String id, Commitment commitment, String kind, Instant now) {
		return reminders.claim(id, commitment.storedId(), kind, now);
	}

	private boolean deliver(List<String> personIds, Reply message) {
		if (personIds.isEmpty()) {
			return false;
		}
		boolean any = false;
		for (String personId : personIds) {
			try {
				messenger.send(new Address.Person(personId), message.visibleTo(Visibility.DIRECT));
				any = true;
			}
			catch (Messenger.UndeliverableException ex) {
				log.warn("Reminder to {} not delivered: {}", personId, ex.getMessage());
			}
		}
		return any;
	}

	private static Reply message(Commitment c, String kind) {
		String why = kind.startsWith("stale") ? "has had no update in 90 days"
				: "is due on " + c.deadline() + (kind.equals("deadline-7") ? " — in a week" : " — in a month");
		return Reply.text("Reminder: **" + c.id() + "** “" + c.title() + "” " + why + ". It stands at "
				+ c.status().id() + ", " + c.progress() + " %. Record where it is with `/commit update " + c.id()
				+ " progress:<0-100> note:\"…\"`.");
	}

}
