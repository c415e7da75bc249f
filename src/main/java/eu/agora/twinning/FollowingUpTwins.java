package eu.agora.twinning;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;

/**
 * Asks each pair "did you meet?" {@code agora.twinning.follow-up-after} (14 days) after
 * its introduction and after each follow-up, with the buttons Yes / Not yet / We won't;
 * after {@code max-unanswered} (3) unanswered follow-ups in a row the pair is paused and
 * its coordinators (or, without one, the cohort's creator) are told. Runs in the core on
 * one instance at a time (ShedLock); each follow-up is claimed under {@code T-7#n} before
 * it is sent, so it is sent once across instances and restarts.
 */
@Component
class FollowingUpTwins {

	static final String ANSWER = "twinning:answer";

	private static final Logger log = LoggerFactory.getLogger(FollowingUpTwins.class);

	private final Pairs pairs;

	private final Cohorts cohorts;

	private final FollowUps followUps;

	private final GroupDelivery delivery;

	private final CityDirectory cities;

	private final People people;

	private final TwinningProperties properties;

	private final Clock clock;

	FollowingUpTwins(Pairs pairs, Cohorts cohorts, FollowUps followUps, GroupDelivery delivery, CityDirectory cities,
			People people, TwinningProperties properties, Clock clock) {
		this.pairs = pairs;
		this.cohorts = cohorts;
		this.followUps = followUps;
		this.delivery = delivery;
		this.cities = cities;
		this.people = people;
		this.properties = properties;
		this.clock = clock;
	}

	@Scheduled(cron = "${agora.twinning.follow-up-cron:0 */10 * * * *}", zone = "UTC")
	@SchedulerLock(name = "twinning-follow-ups", lockAtMostFor = "PT10M")
	public void onSchedule() {
		followUp(clock.instant());
	}

	/**
	 * Sends every follow-up due at {@code now} and pauses silent pairs; returns how many
	 * changed.
	 */
	int followUp(Instant now) {
		int changed = 0;
		for (Pair pair : pairs.all()) {
			if (!pair.followUpDue(now)) {
				continue;
			}
			try {
				changed += (pair.unanswered() >= properties.maxUnanswered()) ? pause(pair) : ask(pair, now);
			}
			catch (UserError raced) {
				log.info("Follow-up of {} skipped: {}", pair.id(), raced.getMessage());
			}
		}
		return changed;
	}

	private int ask(Pair pair, Instant now) {
		int number = pair.followUps() + 1;
		Instant next = now.plus(properties.followUpAfter());
		if (!followUps.claim(FollowUps.FollowUp.sent(pair.id(), number, now))) {
			// sent before a crash or by another instance: the pair catches up
			pairs.change(pair, (p) -> p.followedUp(next));
			return 0;
		}
		GroupDelivery.Delivered delivered = delivery.toOfficersOf(pair.cities(), question(pair));
		if (delivered.reached() == 0) {
			followUps.release(pair.id() + "#" + number);
			log.warn("Follow-up {} of {} reached nobody", number, pair.id());
			return 0;
		}
		pairs.change(pair, (p) -> p.followedUp(next));
		return 1;
	}

	private int pause(Pair pair) {
		pairs.change(pair, Pair::pausedNow);
		Reply told = Reply.text("**" + pair.label(cities::nameOf) + "** did not answer " + pair.unanswered()
				+ " follow-ups in a row, so it is paused: no more follow-ups until its status moves (`/twin status "
				+ pair.id() + " <status>`). `/twin show " + pair.id() + "` shows its history.");
		Set<String> coordinators = new LinkedHashSet<>();
		pair.cities()
			.forEach((city) -> cities.byKey(city)
				.ifPresent(
						(found) -> people.coordinatorsOf(found).stream().map(Person::id).forEach(coordinators::add)));
		if (coordinators.isEmpty()) {
			cohorts.byId(pair.cohortId()).ifPresent((cohort) -> coordinators.add(cohort.createdBy()));
		}
		coordinators.forEach((person) -> delivery.toPerson(person, told));
		return 1;
	}

	Reply question(Pair pair) {
		String names = TwinCards.names(pair.cities(), cities::nameOf);
		return new Reply(List.of(
				new Element.Text("**" + pair.id() + "** — " + names + ": did you meet since you were introduced?"),
				new Element.Actions(List.of(
						new Element.Button(ANSWER, "Yes", pair.id() + " yes", Element.Button.Style.PRIMARY),
						new Element.Button(ANSWER, "Not yet", pair.id() + " not-yet", Element.Button.Style.DEFAULT),
						new Element.Button(ANSWER, "We won't", pair.id() + " wont", Element.Button.Style.DANGER))),
				new Element.Text("Or type `/twin answer " + pair.id() + " yes|not-yet|wont`.")), Visibility.GROUP,
				false);
	}

}
