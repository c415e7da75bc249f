package eu.agora.panels;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Names;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.directory.CityDirectory;
import eu.agora.directory.Domain;
import eu.agora.directory.People;

/**
 * {@code /panel create|list|show|join|leave|bind|archive}.
 */
@Component
class RunningPanels {

	static final int MAX_NAME = 80;

	private static final int SHOWN_ARCHIVED = 5;

	private final Panels panels;

	private final PanelSessions sessions;

	private final CityDirectory cities;

	private final People people;

	private final Clock clock;

	RunningPanels(Panels panels, PanelSessions sessions, CityDirectory cities, People people, Clock clock) {
		this.panels = panels;
		this.sessions = sessions;
		this.cities = cities;
		this.people = people;
		this.clock = clock;
	}

	Reply create(CommandCall call) {
		String name = Names.checked("A panel's name", call.options().requiredText("name"));
		if (name.length() > MAX_NAME || Panel.idFor(name).isEmpty()) {
			throw new UserError("A panel's name has letters or digits and at most " + MAX_NAME + " characters.");
		}
		List<String> domains = domains(call.options().requiredText("domains"));
		String purpose = call.options().text("description").orElse("");
		Panel panel = panels.create(new Panel(Panel.idFor(name), name, purpose, domains, List.of(),
				List.of(call.caller().personId()), List.of(), false, clock.instant(), 0));
		return Reply.text("Created the panel **" + panel.name() + "** (" + String.join(", ", domains)
				+ "); you moderate it. Bind a channel with `/panel bind " + panel.name() + "` in that channel.");
	}

	Reply list(CommandCall call) {
		List<Panel> all = panels.all();
		List<Panel> open = all.stream().filter((panel) -> !panel.archived()).toList();
		String archived = archivedLine(all);
		if (open.isEmpty()) {
			return Reply.text(((all.isEmpty()) ? "No panels yet." : "No open panels. " + archived)
					+ " A moderator creates one with `/panel create <name> domains:<d1,d2>`.");
		}
		String lines = open.stream()
			.map((panel) -> "- **" + panel.name() + "** — " + String.join(", ", panel.domains()) + "; "
					+ Plural.of(panel.memberCities().size(), "city", "cities"))
			.collect(Collectors.joining("\n"));
		Element listed = new Element.Section(Plural.of(open.size(), "panel"), lines, List.of());
		return archived.isEmpty() ? Reply.of(listed) : Reply.of(listed, new Element.Text(archived));
	}

	/** The archived panels, whose outcomes stay readable; empty when there are none. */
	private static String archivedLine(List<Panel> all) {
		List<String> archived = all.stream().filter(Panel::archived).map(Panel::name).toList();
		if (archived.isEmpty()) {
			return "";
		}
		String more = (archived.size() > SHOWN_ARCHIVED) ? " and " + (archived.size() - SHOWN_ARCHIVED) + " more" : "";
		return "Archived: " + String.join(", ", archived.subList(0, Math.min(archived.size(), SHOWN_ARCHIVED))) + more
				+ " — their outcomes stay available with `/panel outcomes " + PanelAccess.quoted(archived.get(0))
				+ "`.";
	}

	Reply show(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		List<Element.Field> fields = new ArrayList<>();
		fields.add(new Element.Field("Domains", String.join(", ", panel.domains())));
		fields.add(new Element.Field("Cities",
				panel.memberCities().stream().map(cities::nameOf).collect(Collectors.joining(", "))));
		fields.add(new Element.Field("Moderators",
				panel.moderators().stream().map(people::nameOf).collect(Collectors.joining(", "))));
		fields.add(new Element.Field("Channels", String.join(", ", panel.channels())));
		fields.add(new Element.Field("Next session",
				sessions.current(panel.id())
					.map((session) -> session.topic() + " — " + session.state().name().toLowerCase(Locale.ROOT)
							+ ((session.scheduledAt() == null) ? "" : ", " + Schedules.describe(session)))
					.orElse("")));
		fields.add(new Element.Field("Status", panel.archived() ? "archived" : "active"));
		return Reply.of(new Element.Section(panel.name(), panel.purpose(), fields));
	}

	Reply join(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		PanelAccess.checkOpen(panel);
		String city = call.caller().cityKey();
		if (city == null) {
			throw new UserError("Cities join panels through their officers.",
					"Register first with `/city register <city>`.");
		}
		if (panel.memberCities().contains(city)) {
			return Reply.text(cities.nameOf(city) + " is already in " + panel.name() + ".");
		}
		panels.change(panel, (p) -> PanelCopies.members(p, plus(p.memberCities(), city)));
		return Reply.text(cities.nameOf(city) + " joined **" + panel.name() + "**.");
	}

	Reply leave(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		String city = call.caller().cityKey();
		if (city == null || !panel.memberCities().contains(city)) {
			throw new UserError("Your city is not in " + panel.name() + ".");
		}
		panels.change(panel,
				(p) -> PanelCopies.members(p, p.memberCities().stream().filter((c) -> !c.equals(city)).toList()));
		return Reply.text(cities.nameOf(city) + " left " + panel.name() + ".");
	}

	Reply bind(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		PanelAccess.checkOpen(panel);
		if (call.inbound().channel() == null) {
			throw new UserError("Run `/panel bind` in the channel the panel should use.");
		}
		String channel = call.inbound().platform().id() + ":" + call.inbound().channel();
		panels.boundTo(channel).filter((other) -> !other.id().equals(panel.id())).ifPresent((other) -> {
			throw new UserError("This channel is already bound to " + other.name() + ".");
		});
		if (panel.channels().contains(channel)) {
			return Reply.text("This channel is already bound to " + panel.name() + ".");
		}
		panels.change(panel, (p) -> PanelCopies.channels(p, plus(p.channels(), channel)));
		return Reply.text("This channel is now bound to **" + panel.name()
				+ "**: questions, reminders and outcomes appear here.");
	}

	Reply archive(CommandCall call) {
		Panel panel = panels.named(call.options().requiredText("panel"));
		PanelAccess.checkOpen(panel);
		panels.change(panel, PanelCopies::archived);
		return Reply.text(panel.name() + " is archived; its outcomes stay available with `/panel outcomes`.");
	}

	static List<String> domains(String typed) {
		List<String> domains = new ArrayList<>();
		for (String part : typed.split(",")) {
			if (!part.isBlank()) {
				domains.add(Domain.parse(part)
					.orElseThrow(() -> new UserError("`" + part.strip() + "` is not a domain.",
							"Domains: " + String.join(", ", Domain.ids()) + " — e.g. `domains:energy,buildings`."))
					.id());
			}
		}
		if (domains.isEmpty()) {
			throw new UserError("Name at least one domain, e.g. `domains:energy,buildings`.");
		}
		return List.copyOf(new LinkedHashSet<>(domains));
	}

	private static List<String> plus(List<String> list, String item) {
		List<String> more = new ArrayList<>(list);
		more.add(item);
		return more;
	}

}
