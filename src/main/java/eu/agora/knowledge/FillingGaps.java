package eu.agora.knowledge;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Address;
import eu.agora.conversation.Caller;
import eu.agora.conversation.Element;
import eu.agora.conversation.Messenger;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.City;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.People;
import eu.agora.directory.Person;
import eu.agora.knowledge.ingestion.IngestResult;
import eu.agora.knowledge.ingestion.Ingestion;
import eu.agora.knowledge.search.DocumentKind;
import eu.agora.knowledge.search.Searching;
import eu.agora.panels.PanelChannels;

/**
 * Knowledge gaps (opened by {@link OpeningGaps}): questions the knowledge base could not
 * answer well. Moderators list them, route them to a panel or to coordinators, and answer
 * them; an answer is stored as verified knowledge that later questions find, and everyone
 * who asked is told.
 */
@Component
class FillingGaps {

	private static final Logger log = LoggerFactory.getLogger(FillingGaps.class);

	static final String COORDINATORS = "coordinators";

	static final int MAX_ANSWER = 8_000;

	private final Gaps gaps;

	private final Ingestion ingestion;

	private final Messenger messenger;

	private final PanelChannels panels;

	private final People people;

	private final CityDirectory cities;

	private final Clock clock;

	private final Searching searching;

	FillingGaps(Gaps gaps, Ingestion ingestion, Messenger messenger, PanelChannels panels, People people,
			CityDirectory cities, Clock clock, Searching searching) {
		this.searching = searching;
		this.gaps = gaps;
		this.ingestion = ingestion;
		this.messenger = messenger;
		this.panels = panels;
		this.people = people;
		this.cities = cities;
		this.clock = clock;
	}

	/** Open and routed gaps, oldest first. */
	List<Gap> unanswered() {
		return gaps.unanswered();
	}

	Gap gap(String id) {
		String normalised = id.strip().toUpperCase(Locale.ROOT);
		String wanted = normalised.startsWith("G-") ? normalised : "G-" + normalised;
		return gaps.gap(wanted)
			.orElseThrow(() -> new UserError("There is no knowledge gap " + wanted + ".",
					"`/knowledge gaps` lists the open ones."));
	}

	/**
	 * Sends the gap to a panel's channels or to the coordinators of its city.
	 * @return where it went, in words
	 */
	String route(Gap gap, String target, Caller by) {
		if (gap.status() == Gap.Status.ANSWERED) {
			throw new UserError(gap.id() + " is already answered.");
		}
		Reply message = Reply.of(new Element.Text("**Knowledge gap " + gap.id() + "** — a city asked:\n> "
				+ gap.question() + "\n\nIf you know the answer, tell a moderator, who saves it with `/knowledge answer "
				+ gap.id() + " \"…\"`."));
		String routedTo;
		String described;
		if (target.strip().equalsIgnoreCase(COORDINATORS)) {
			List<Person> coordinators = coordinatorsFor(gap);
			int reached = 0;
			for (Person coordinator : coordinators) {
				reached += deliver(new Address.Person(coordinator.id()), message) ? 1 : 0;
			}
			if (reached == 0) {
				throw new UserError("No coordinator could be reached for " + gap.id() + ".",
						"Route it to a panel instead: `/knowledge route " + gap.id() + " to:\"<panel>\"`.");
			}
			routedTo = COORDINATORS;
			described = reached + " coordinator" + ((reached == 1) ? "" : "s");
		}
		else {
			PanelChannels.Posted posted = panels.post(target.strip(), message);
			routedTo = posted.panel();
			described = "panel " + posted.panel() + " (" + posted.channels() + " channel"
					+ ((posted.channels() == 1) ? "" : "s") + ")";
		}
		gaps.routed(gap.id(), routedTo);
		log.info("Knowledge gap {} routed to {} by {}", gap.id(), routedTo, by.personId());
		return described;
	}

	/**
	 * Saves {@code answer} as verified knowledge, closes the gap and tells its askers.
	 * @return how many askers were told
	 */
	int answer(Gap gap, String answer, Caller by) {
		String text = answer.strip();
		if (text.isEmpty() || text.length() > MAX_ANSWER) {
			throw new UserError("The answer must have text, at most " + MAX_ANSWER + " characters.",
					"For example `/knowledge answer " + gap.id() + " \"Turku's heat pumps use sea water…\"`.");
		}
		if (gap.status() == Gap.Status.ANSWERED) {
			throw new UserError(gap.id() + " is already answered.");
		}
		String title = cleanTitle(searching.corrected(gap.question()));
		String markdown = "# " + title + "\n\n" + text;
		IngestResult result = ingestion.text("gap:" + gap.id(), "Verified answer: " + title, markdown,
				DocumentKind.VERIFIED_ANSWER, gap.cityKey(), List.of(), by.personId());
		if (result instanceof IngestResult.Skipped skipped) {
			throw new UserError("The answer could not be saved: " + skipped.reason());
		}
		gaps.answered(gap.id(), text, by.personId(), clock.instant());
		Reply told = Reply.of(new Element.Text("**Your question has an answer** (" + gap.id() + ")\n> " + gap.question()
				+ "\n\n" + text + "\n\n_Verified by a moderator; `/ask` finds it from now on._"));
		int reached = 0;
		for (String asker : gap.askers()) {
			reached += deliver(new Address.Person(asker), told) ? 1 : 0;
		}
		return reached;
	}

	/**
	 * A question as a title: typos corrected (by the caller), spaces collapsed, the first
	 * letter capitalised, one question mark at the end.
	 */
	static String cleanTitle(String question) {
		String flat = question.replaceAll("\\s+", " ").strip().replaceAll("[\\s?!.]+$", "");
		if (flat.isEmpty()) {
			return question.strip();
		}
		return flat.substring(0, 1).toUpperCase(Locale.ROOT) + flat.substring(1) + "?";
	}

	private List<Person> coordinatorsFor(Gap gap) {
		List<City> places = new ArrayList<>();
		Optional.ofNullable(gap.cityKey()).flatMap(cities::byKey).ifPresent(places::add);
		for (String asker : gap.askers()) {
			people.byId(asker).map(Person::cityKey).flatMap(cities::byKey).ifPresent(places::add);
		}
		return places.stream().flatMap((city) -> people.coordinatorsOf(city).stream()).distinct().toList();
	}

	private boolean deliver(Address to, Reply message) {
		try {
			messenger.send(to, message);
			return true;
		}
		catch (Messenger.UndeliverableException ex) {
			log.warn("Knowledge message to {} not delivered: {}", to, ex.getMessage());
			return false;
		}
	}

}
