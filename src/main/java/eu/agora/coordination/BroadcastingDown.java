package eu.agora.coordination;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import eu.agora.conversation.Caller;
import eu.agora.conversation.Element;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;
import eu.agora.directory.City;
import eu.agora.directory.People;
import eu.agora.directory.Person;
import eu.agora.panels.PanelChannels;
import eu.agora.panels.PanelDirectory;
import eu.agora.storage.Sequences;

/**
 * Broadcasts down: a coordinator's message to every approved officer of every city in a
 * scope (a direct message each) and to the channels of the panels bound to that scope
 * (every member city inside it). The broadcast is stored with its recipients before
 * anything is sent; whoever could not be reached is recorded, and its status shows it.
 */
@Component
class BroadcastingDown {

	static final String ACK = "broadcast:ack";

	static final int MAX_MESSAGE = 3_000;

	private static final Logger log = LoggerFactory.getLogger(BroadcastingDown.class);

	private final Broadcasts broadcasts;

	private final Scopes scopes;

	private final People people;

	private final PanelDirectory panels;

	private final PanelChannels channels;

	private final Notices notices;

	private final Sequences sequences;

	private final Clock clock;

	BroadcastingDown(Broadcasts broadcasts, Scopes scopes, People people, PanelDirectory panels, PanelChannels channels,
			Notices notices, Sequences sequences, Clock clock) {
		this.broadcasts = broadcasts;
		this.scopes = scopes;
		this.people = people;
		this.panels = panels;
		this.channels = channels;
		this.notices = notices;
		this.sequences = sequences;
		this.clock = clock;
	}

	/** Sends {@code message} down to {@code scope}. */
	Broadcast send(Caller sender, Scope scope, String message, boolean ack, @Nullable Broadcast forwarded,
			@Nullable String note) {
		String text = message.strip();
		if (text.isEmpty() || text.length() > MAX_MESSAGE) {
			throw new UserError("A broadcast needs a message, at most " + MAX_MESSAGE + " characters.",
					"For example `/broadcast send scope:country:PL \"The new funding call opens on 3 March.\"`.");
		}
		requireCoordinates(sender, scope);
		List<City> cities = scopes.citiesIn(scope);
		List<String> recipients = cities.stream()
			.flatMap((city) -> people.officersOf(city.key()).stream())
			.map(Person::id)
			.distinct()
			.toList();
		List<String> bound = boundPanels(scope, cities);
		if (recipients.isEmpty() && bound.isEmpty()) {
			throw new UserError(
					"Nobody would receive it: " + scope.label() + " has no approved officer and no panel "
							+ "channel. Nothing was sent.",
					"Pick a wider scope, e.g. `scope:EU`, or wait until its officers join.");
		}
		Broadcast stored = new Broadcast("B-" + sequences.next("broadcast"), scope.key(), scope.label(), text, ack,
				sender.personId(), clock.instant(), recipients, bound, List.of(), List.of(),
				(forwarded == null) ? null : forwarded.id(), note);
		broadcasts.add(stored);
		Reply post = message(stored, sender);
		List<String> unreached = new ArrayList<>();
		for (String recipient : recipients) {
			if (!notices.tell(recipient, post)) {
				unreached.add(recipient);
			}
		}
		bound.forEach((panel) -> channels.post(panel, post));
		if (!unreached.isEmpty()) {
			broadcasts.undelivered(stored.id(), unreached);
		}
		log.info("Broadcast {} to {}: {} officers ({} unreached), {} panels", stored.id(), scope.key(),
				recipients.size(), unreached.size(), bound.size());
		return broadcasts.byId(stored.id()).orElse(stored);
	}

	/** Passes {@code original} on to the forwarder's own scope with their note. */
	Broadcast forward(Caller by, Broadcast original, String note, @Nullable String scopeTyped) {
		if (note.isBlank()) {
			throw new UserError("Forwarding needs your note: what it means for your cities.",
					"For example `/broadcast forward " + original.id() + " note:\"Polish calls open in April\"`.");
		}
		Scope from = scopes.resolve(original.scopeKey());
		Set<String> originalCities = keys(scopes.citiesIn(from));
		Scope target = (scopeTyped != null) ? scopes.resolve(scopeTyped)
				: scopes.coordinatedBy(by)
					.stream()
					.filter((mine) -> !mine.equals(from) && originalCities.containsAll(keys(scopes.citiesIn(mine))))
					.findFirst()
					.orElseThrow(() -> new UserError("You coordinate no scope inside " + original.scopeLabel() + ".",
							"Name one with `scope:`, e.g. `scope:country:PL`."));
		if (target.equals(from) || !originalCities.containsAll(keys(scopes.citiesIn(target)))) {
			throw new UserError(target.label() + " is not a part of " + original.scopeLabel() + ", which "
					+ original.id() + " went to.", "Forward it to a country or region inside it.");
		}
		String text = "_Passed on from " + original.id() + " to " + original.scopeLabel() + ":_\n> "
				+ original.message().replace("\n", "\n> ") + "\n\n**" + by.displayName() + ":** " + note.strip();
		return send(by, target, text, original.ack(), original, note.strip());
	}

	/** A recipient acknowledges; twice is refused. */
	Broadcast acknowledge(Caller caller, Broadcast broadcast) {
		if (!broadcast.ack()) {
			throw new UserError(broadcast.id() + " asks for no acknowledgement.");
		}
		if (!broadcast.recipients().contains(caller.personId())) {
			throw new UserError(broadcast.id() + " was not sent to you.",
					"Only the officers it went to acknowledge it.");
		}
		if (!broadcasts.acknowledge(broadcast.id(), caller.personId(), clock.instant())) {
			throw new UserError("You acknowledged " + broadcast.id() + " already.");
		}
		return broadcasts.byId(broadcast.id()).orElseThrow();
	}

	Broadcast named(String id) {
		String wanted = id.strip().toUpperCase(Locale.ROOT);
		String full = wanted.startsWith("B-") ? wanted : "B-" + wanted;
		return broadcasts.byId(full)
			.orElseThrow(() -> new UserError("There is no broadcast " + full + ".",
					"Broadcast ids look like `B-3`; the sender's reply named it."));
	}

	/**
	 * Whether the caller may see who acknowledged: its sender, or who coordinates its
	 * scope.
	 */
	boolean maySeeStatus(Caller caller, Broadcast broadcast) {
		if (caller.isAdmin() || caller.personId().equals(broadcast.senderPersonId())) {
			return true;
		}
		try {
			requireCoordinates(caller, scopes.resolve(broadcast.scopeKey()));
			return true;
		}
		catch (UserError notTheirs) {
			return false;
		}
	}

	/** The caller coordinates a scope holding every city of {@code scope}. */
	void requireCoordinates(Caller caller, Scope scope) {
		if (caller.isAdmin()) {
			return;
		}
		Set<String> wanted = keys(scopes.citiesIn(scope));
		boolean covered = scopes.coordinatedBy(caller)
			.stream()
			.anyMatch((mine) -> mine.equals(scope)
					|| (!wanted.isEmpty() && keys(scopes.citiesIn(mine)).containsAll(wanted)));
		if (!covered) {
			String mine = scopes.coordinatedBy(caller).stream().map(Scope::key).collect(Collectors.joining(", "));
			throw new UserError(
					scope.label() + " is not within your scope" + (mine.isEmpty() ? "." : " (" + mine + ")."),
					"Send to a scope you coordinate, e.g. `scope:"
							+ (mine.isEmpty() ? "country:PL" : mine.split(", ")[0]) + "`.");
		}
	}

	private List<String> boundPanels(Scope scope, List<City> cities) {
		Set<String> inside = keys(cities);
		return panels.active()
			.stream()
			.filter((panel) -> !panel.channels().isEmpty() && !panel.memberCities().isEmpty())
			.filter((panel) -> (scope.kind() == Scope.Kind.PANEL) ? scope.key().equals("panel:" + panel.name())
					: inside.containsAll(panel.memberCities()))
			.map(PanelDirectory.PanelInfo::name)
			.toList();
	}

	static Reply message(Broadcast broadcast, Caller sender) {
		List<Element> elements = new ArrayList<>();
		elements.add(new Element.Text("**Broadcast " + broadcast.id() + "** from " + sender.displayName() + " to "
				+ broadcast.scopeLabel() + ":\n\n" + broadcast.message()));
		if (broadcast.ack()) {
			elements.add(new Element.Actions(
					List.of(new Element.Button(ACK, "Acknowledge", broadcast.id(), Element.Button.Style.PRIMARY))));
			elements
				.add(new Element.Text("_Please acknowledge: the button, or `/broadcast ack " + broadcast.id() + "`._"));
		}
		return new Reply(elements, Visibility.DIRECT, false);
	}

	private static Set<String> keys(List<City> cities) {
		return cities.stream().map(City::key).collect(Collectors.toCollection(LinkedHashSet::new));
	}

}
