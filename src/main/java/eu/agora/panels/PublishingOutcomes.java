package eu.agora.panels;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import eu.agora.conversation.CommandCall;
import eu.agora.conversation.Element;
import eu.agora.conversation.Plural;
import eu.agora.conversation.Reply;
import eu.agora.conversation.UserError;
import eu.agora.conversation.Visibility;

/**
 * {@code /panel summary|publish|outcomes}: the session's outcome drafted, edited by a
 * moderator, posted to the panel's channels and stored as knowledge for every city.
 */
@Component
class PublishingOutcomes {

	static final String FORM = "panel:outcome";

	static final int MAX_OUTCOME = 20_000;

	private final Panels panels;

	private final PanelSessions sessions;

	private final KeyPoints keyPoints;

	private final PanelOutcomes outcomes;

	private final Broadcasting broadcasting;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	PublishingOutcomes(Panels panels, PanelSessions sessions, KeyPoints keyPoints, PanelOutcomes outcomes,
			Broadcasting broadcasting, ApplicationEventPublisher events, Clock clock) {
		this.panels = panels;
		this.sessions = sessions;
		this.keyPoints = keyPoints;
		this.outcomes = outcomes;
		this.broadcasting = broadcasting;
		this.events = events;
		this.clock = clock;
	}

	Reply summary(CommandCall call) {
		if (call.options().has("text")) {
			return edit(call);
		}
		Panel panel = moderated(call);
		PanelSession session = held(panel);
		if (session.published()) {
			throw alreadyPublished(panel, session);
		}
		List<KeyPoint> points = keyPoints.of(session.id());
		String draft = OutcomeDrafts.draft(session, points);
		sessions.change(session, (s) -> PanelCopies.outcome(s, draft, false));
		return Reply.of(new Element.Text(draft),
				new Element.Form(FORM, "Edit the outcome of " + panel.name(),
						List.of(new Element.FormField("panel", "Panel", true, false, List.of(), panel.name(), null),
								new Element.FormField("text", "Outcome", true, true, List.of(), draft, null)),
						"Edit it with `/panel summary " + panel.name() + " text:\"…\"`, then `/panel publish "
								+ panel.name() + "`."));
	}

	Reply edit(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession session = held(panel);
		String text = call.options().text("text").map(String::strip).orElse("");
		if (text.isEmpty() || text.length() > MAX_OUTCOME) {
			throw new UserError("The outcome must have text, at most " + MAX_OUTCOME + " characters.");
		}
		if (session.published()) {
			throw alreadyPublished(panel, session);
		}
		sessions.change(session, (s) -> PanelCopies.outcome(s, text, false));
		return Reply.text("Saved the edited outcome. Publish it with `/panel publish " + panel.name() + "`.");
	}

	Reply publish(CommandCall call) {
		Panel panel = moderated(call);
		PanelSession session = held(panel);
		if (session.outcome() == null) {
			throw new UserError("There is no outcome to publish yet.",
					"Draft it with `/panel summary " + panel.name() + "`.");
		}
		if (session.published()) {
			throw alreadyPublished(panel, session);
		}
		session.openRound().ifPresent((open) -> {
			throw new UserError(
					"Round " + open.number() + " of “" + session.topic() + "” is still open: its key points"
							+ " would be missing from the outcome.",
					"Close it with `/panel round close " + panel.name() + "`, end the session with `/panel end "
							+ panel.name() + "`, then publish.");
		});
		PanelOutcome outcome = new PanelOutcome(session.id(), panel.id(), panel.name(), panel.domains(),
				session.topic(), session.outcome(), clock.instant());
		outcomes.save(outcome);
		sessions.change(session, (s) -> PanelCopies.outcome(s, s.outcome(), true));
		int reached = broadcasting.toChannels(panel,
				Reply.text("**Outcome published** — " + panel.name() + "\n\n" + outcome.text()));
		events.publishEvent(new PanelOutcomePublished(outcome.id(), panel.name(), panel.domains(), outcome.topic(),
				outcome.text(), outcome.publishedAt()));
		String stillRunning = (session.state() == PanelSession.State.RUNNING)
				? " The session is still running: key points saved from now on are not in this outcome; end it with `/panel end "
						+ panel.name() + "`."
				: "";
		return Reply.text("Published the outcome of “" + session.topic() + "” to " + Plural.of(reached, "channel")
				+ "; every city finds it with `/panel outcomes`." + stillRunning);
	}

	private static UserError alreadyPublished(Panel panel, PanelSession session) {
		return new UserError(
				"The outcome of “" + session.topic() + "” is published already; it is not published twice.",
				"`/panel outcomes " + PanelAccess.quoted(panel.name())
						+ "` shows it; a new session gets an outcome of its own.");
	}

	Reply outcomes(CommandCall call) {
		String panelId = call.options().text("panel").map((name) -> panels.named(name).id()).orElse(null);
		List<PanelOutcome> found = outcomes.latest(panelId, 10);
		if (found.isEmpty()) {
			return Reply.text("No outcomes published yet.");
		}
		return new Reply(found.stream()
			.map((o) -> (Element) new Element.Section(o.panelName() + " — " + o.topic(), o.text(),
					List.of(new Element.Field("Published", o.publishedAt().toString().substring(0, 10)))))
			.collect(Collectors.toList()), Visibility.EPHEMERAL, false);
	}

	/** The call's panel, whose moderators alone get here (a rule in the catalog). */
	private Panel moderated(CommandCall call) {
		return panels.named(call.options().requiredText("panel"));
	}

	private PanelSession held(Panel panel) {
		return sessions.latestHeld(panel.id())
			.orElseThrow(() -> new UserError(panel.name() + " has not held a session yet.",
					"Start one with `/panel start " + panel.name() + "`."));
	}

}
