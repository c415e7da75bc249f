package eu.agora.coordination;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;
import eu.agora.knowledge.KnowledgeGaps;
import eu.agora.storage.Sequences;

/**
 * Questions escalated up from a city: to the nearest tier above it with a coordinator,
 * moving up by hand ({@code forward}) or by itself when a tier's time runs out, until
 * someone answers; the answer goes back to the asker and becomes verified knowledge. Each
 * change is stored before anyone is told, so a failed message never loses one.
 */
@Component
class Escalating {

	static final int MAX_QUESTION = 2_000;

	static final int MAX_ANSWER = 8_000;

	private static final Logger log = LoggerFactory.getLogger(Escalating.class);

	private final Escalations escalations;

	private final TierCoordinators tiers;

	private final CityDirectory cities;

	private final People people;

	private final KnowledgeGaps knowledge;

	private final Notices notices;

	private final Sequences sequences;

	private final Clock clock;

	Escalating(Escalations escalations, TierCoordinators tiers, CityDirectory cities, People people,
			KnowledgeGaps knowledge, Notices notices, Sequences sequences, Clock clock) {
		this.escalations = escalations;
		this.tiers = tiers;
		this.cities = cities;
		this.people = people;
		this.knowledge = knowledge;
		this.notices = notices;
		this.sequences = sequences;
		this.clock = clock;
	}

	/** A city officer's question, sent to the nearest tier from {@code to} up. */
	Escalation escalate(Caller asker, String question, @Nullable String to) {
		City city = approvedCityOf(asker);
		String text = question.strip();
		if (text.isEmpty() || text.length() > MAX_QUESTION) {
			throw new UserError("A question needs text, at most " + MAX_QUESTION + " characters.",
					"For example `/escalate \"How do we fund heat pumps in social housing?\"`.");
		}
		Tier from = (to == null) ? Tier.REGION
				: Tier.parse(to)
					.orElseThrow(() -> new UserError("`to:" + to + "` is not a tier.",
							"Use `to:region`, `to:country` or `to:eu`, or leave it out for the nearest."));
		Tier tier = tiers.nearest(from, city);
		Instant now = clock.instant();
		Scope scope = tier.scopeAbove(city);
		Escalation fresh = new Escalation("E-" + sequences.next("escalation"), text, asker.personId(), city.key(), tier,
				scope.key(), true, now, tiers.dueAt(tier, now, city),
				List.of(new Escalation.Move(tier, scope.key(), now, "asked", asker.personId(), null)), null, null, null,
				0);
		escalations.add(fresh);
		log.info("Escalation {} from {} to the {} tier ({})", fresh.id(), city.key(), tier.id(), scope.key());
		announce(fresh, city, "New question from " + city.name());
		return fresh;
	}

	/** The escalation {@code id}, however it was typed. */
	Escalation named(String id) {
		String wanted = id.strip().toUpperCase(Locale.ROOT);
		String full = wanted.startsWith("E-") ? wanted : "E-" + wanted;
		return escalations.byId(full)
			.orElseThrow(() -> new UserError("There is no escalation " + full + ".",
					"`/escalations` lists the ones waiting at your tier."));
	}

	/** Answers it, saves the answer as verified knowledge and tells the asker. */
	boolean answer(Escalation escalation, String answer, Caller by) {
		String text = answer.strip();
		if (text.isEmpty() || text.length() > MAX_ANSWER) {
			throw new UserError("An answer needs text, at most " + MAX_ANSWER + " characters.",
					"For example `/escalation answer " + escalation.id() + " \"Use the national heat fund…\"`.");
		}
		requireOpen(escalation);
		knowledge.saveVerifiedAnswer("escalation:" + escalation.id(), escalation.question(), text, escalation.cityKey(),
				by.personId());
		Escalation answered = escalation.answered(text, by.personId(), clock.instant());
		if (!escalations.replace(answered, escalation.version())) {
			throw changedMeanwhile(escalation);
		}
		Reply told = Reply.of(new Element.Text("**Your question " + escalation.id() + " has an answer** from "
				+ by.displayName() + " (" + escalation.tier().adjective() + " coordinator):\n> " + escalation.question()
				+ "\n\n" + text + "\n\n_Saved as verified knowledge: `/ask` finds it from now on._"));
		return notices.tell(escalation.askerPersonId(), told);
	}

	/** Moves it one tier up by hand, with the forwarder's note. */
	Escalation forward(Escalation escalation, @Nullable String note, Caller by) {
		requireOpen(escalation);
		Tier next = escalation.tier()
			.above()
			.orElseThrow(() -> new UserError(escalation.id() + " waits at the EU tier, the top: it cannot go higher.",
					"Answer it with `/escalation answer " + escalation.id() + " \"…\"`."));
		String reason = "forwarded by " + by.displayName() + ((note == null) ? "" : ": " + note.strip());
		return moveUp(escalation, next, new MoveReason("forwarded", by.personId(), note, reason))
			.orElseThrow(() -> changedMeanwhile(escalation));
	}

	/** Moves up every escalation whose tier's time ran out by {@code now}; how many. */
	int moveOverdue(Instant now) {
		int moved = 0;
		for (Escalation due : escalations.dueBy(now)) {
			Tier next = due.tier().above().orElse(Tier.EU);
			String reason = "the " + due.tier().adjective() + " coordinators had " + tiers.workingDaysAt(due.tier())
					+ " working days";
			moved += moveUp(due, next, new MoveReason("time limit", null, null, reason)).isPresent() ? 1 : 0;
		}
		return moved;
	}

	List<Escalation> open() {
		return escalations.open();
	}

	private Optional<Escalation> moveUp(Escalation escalation, Tier from, MoveReason why) {
		City city = cities.byKey(escalation.cityKey()).orElseThrow();
		Tier tier = tiers.nearest(from, city);
		Instant now = clock.instant();
		Scope scope = tier.scopeAbove(city);
		Escalation moved = escalation.movedTo(tier, scope, tiers.dueAt(tier, now, city),
				new Escalation.Move(tier, scope.key(), now, why.kind(), why.by(), why.note()));
		if (!escalations.replace(moved, escalation.version())) {
			return Optional.empty();
		}
		log.info("Escalation {} moved up to the {} tier ({}): {}", moved.id(), tier.id(), scope.key(), why.kind());
		announce(moved, city, "Question from " + city.name() + ", moved up (" + why.told() + ")");
		notices.tell(moved.askerPersonId(),
				Reply.text("Your question " + moved.id() + " moved up to the " + tier.adjective() + " level ("
						+ scope.label() + ") because " + why.told() + ".\n> " + moved.question()));
		return Optional.of(moved);
	}

	private void announce(Escalation escalation, City city, String headline) {
		Reply message = Reply.of(new Element.Text("**" + headline + "** (" + escalation.id() + ")\n> "
				+ escalation.question() + "\n\nAnswer with `/escalation answer " + escalation.id()
				+ " \"…\"` or pass it up with `/escalation forward " + escalation.id() + " note:\"…\"`."));
		for (Person coordinator : tiers.at(escalation.tier(), city)) {
			notices.tell(coordinator.id(), message);
		}
	}

	private City approvedCityOf(Caller asker) {
		String cityKey = asker.cityKey();
		if (cityKey == null || people.officersOf(cityKey).stream().noneMatch((p) -> p.id().equals(asker.personId()))) {
			throw new UserError("Only approved officers of a city can escalate a question.",
					"Register with your city first (`/city register <city>`); once you are its approved officer, "
							+ "`/escalate \"…\"` works.");
		}
		return cities.byKey(cityKey)
			.orElseThrow(() -> new UserError("Your city is not in the directory any more.",
					"Ask an admin to add it with `/city add`."));
	}

	private static void requireOpen(Escalation escalation) {
		if (!escalation.open()) {
			throw new UserError(escalation.id() + " is closed: it was answered already.",
					"`/escalations` lists the open ones at your tier.");
		}
	}

	private static UserError changedMeanwhile(Escalation escalation) {
		return new UserError(escalation.id() + " was changed by someone else just now; nothing of yours was saved.",
				"Look again with `/escalations` and retry.");
	}

	/** Why and by whom an escalation moves. */
	private record MoveReason(String kind, @Nullable String by, @Nullable String note, String told) {
	}

}
